import { describe, expect, it } from 'vitest';
import {
  addDecision,
  type Decision,
  holdingDecision,
  MAX_DECISIONS,
  parseDecisions,
  pruneDecisions,
  reasonKeptUntil,
} from '../../core/notice/user-decisions';

const DAY = 86_400_000;
const basis = { profile: 'general', status: 'prohibited', mode: 'reason', statements: ['s|2020|abcd'] };
const decision = (over: Partial<Decision> = {}): Decision => ({
  id: 'a',
  kind: 'confirmation',
  host: 'web.whatsapp.com',
  toolId: 'whatsapp',
  toolName: 'WhatsApp',
  at: 1_000,
  until: 1_000 + 3_600_000,
  basis,
  ...over,
});

describe('the decision record', () => {
  it('parses item by item: a damaged entry is dropped, the rest stays', () => {
    expect(parseDecisions([decision(), { ...decision(), at: 'yesterday' }, null, 5])).toEqual([decision()]);
    expect(parseDecisions({ not: 'a list' })).toEqual([]);
  });

  it('keeps a reason for the retention days, after its confirmation ended', () => {
    const d = decision({ reason: 'Projekt' });
    expect(reasonKeptUntil(d, 90)).toBe(1_000 + 90 * DAY);
    const afterConfirmation = pruneDecisions([d], 2 * 3_600_000, 90);
    expect(afterConfirmation).toEqual([d]);
    expect(pruneDecisions([d], 1_000 + 90 * DAY, 90)).toEqual([]);
  });

  it('with retention 0 keeps a reason only while its confirmation holds', () => {
    const d = decision({ reason: 'Projekt' });
    expect(pruneDecisions([d], 2_000, 0)).toEqual([d]);
    expect(pruneDecisions([d], d.until!, 0)).toEqual([]);
  });

  it('drops a reason past retention but keeps the confirmation that still holds', () => {
    const d = decision({ reason: 'Projekt', until: 1_000 + 10 * DAY });
    const { reason: _reason, ...withoutReason } = d;
    expect(pruneDecisions([d], 1_000 + 2 * DAY, 1)).toEqual([withoutReason]);
  });

  it('a new decision ends the earlier one for the site; its reason stays', () => {
    const first = decision({ id: '1', reason: 'alt' });
    const second = decision({ id: '2', at: 5_000, until: 9_000_000 });
    const list = addDecision([first], second);
    expect(list).toEqual([{ ...first, until: 5_000 }, second]);
    expect(holdingDecision(list, 'web.whatsapp.com', 6_000)).toEqual(second);
  });

  it('session dismissals hold in their tab only, until the browser closes', () => {
    const { until: _until, ...session } = decision({ kind: 'dismissal', tabId: 3 });
    expect(holdingDecision([session], 'web.whatsapp.com', 9e12, 3)).toEqual(session);
    expect(holdingDecision([session], 'web.whatsapp.com', 9e12, 4)).toBeUndefined();
  });

  it('stays bounded', () => {
    let list: Decision[] = [];
    for (let i = 0; i < MAX_DECISIONS + 5; i++)
      list = addDecision(list, decision({ id: String(i), host: `h${i}.example`, at: i }));
    expect(list).toHaveLength(MAX_DECISIONS);
    expect(list[0]!.id).toBe('5');
  });
});
