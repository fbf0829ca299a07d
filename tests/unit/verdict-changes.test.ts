import { describe, expect, it } from 'vitest';
import { describeChanges, verdictChanges } from '../../core/notice/verdict-changes';
import { basisKey, statementId } from '../../core/notice/verdict-basis';
import { miniLookup } from './support';

const before = {
  profile: 'general',
  status: 'not-approved',
  mode: 'acknowledge',
  statements: [statementId('test-source', '', 'Der Einsatz ist ausgeschlossen für alle Behörden.')],
};

describe('verdict changes', () => {
  it('finds nothing when nothing changed, whatever the order of statements', () => {
    const two = { ...before, statements: ['a|1|x', 'b|2|y'] };
    expect(verdictChanges(two, { ...two, statements: ['b|2|y', 'a|1|x'] })).toEqual([]);
    expect(basisKey(two)).toBe(basisKey({ ...two, statements: ['b|2|y', 'a|1|x'] }));
  });

  it('a corrected quote is a new statement', () => {
    expect(statementId('s', '', 'alt')).not.toBe(statementId('s', '', 'neu'));
  });

  it('says in plain words what changed, in German and English', () => {
    const now = {
      ...before,
      mode: 'reason',
      statements: [statementId('later-source', '2021-03-01', 'Ein neuer Wortlaut der Aufsicht.')],
    };
    const changes = verdictChanges(before, now);
    expect(changes.map((c) => c.kind)).toEqual(['mode', 'statement-added', 'statement-removed']);
    const lookup = miniLookup();
    const de = describeChanges(changes, lookup, 'de');
    expect(de[0]).toBe('Ihre Organisation verlangt jetzt: Begründung (vorher: Bestätigung).');
    expect(de[1]).toMatch(/^Neue Stellungnahme: .+, 1\. März 2021\.$/);
    expect(de[2]).toBe('Eine frühere Stellungnahme wird nicht mehr angeführt.');
    expect(describeChanges(changes, lookup, 'en')[0]).toBe(
      'Your organisation now asks for: reason (before: confirmation).',
    );
  });
});
