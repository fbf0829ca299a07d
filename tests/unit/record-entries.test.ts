import { describe, expect, it } from 'vitest';
import type { Decision } from '../../core/notice/user-decisions';
import { entryText, exportFileName, recordEntries, recordText } from '../../core/record/record-entries';

const DAY = 86_400_000;
const at = Date.UTC(2026, 11, 1, 10, 0);
const basis = { profile: 'general', status: 'prohibited', mode: 'reason', statements: [] };
const decisions: Decision[] = [
  {
    id: 'old',
    kind: 'confirmation',
    host: 'www.dropbox.com',
    toolId: 'dropbox',
    toolName: 'Dropbox',
    at,
    until: at + DAY,
    basis,
    reason: 'Pläne <script>alert(1)</script> austauschen',
  },
  {
    id: 'new',
    kind: 'dismissal',
    host: 'web.whatsapp.com',
    toolId: 'whatsapp',
    toolName: 'WhatsApp',
    at: at + 1000,
    tabId: 4,
    basis: { ...basis, mode: 'inform' },
  },
];

describe('the record page entries', () => {
  it('lists newest first, with how long each holds and how long its reason is kept', () => {
    const entries = recordEntries(decisions, at + 2 * DAY, 90);
    expect(entries.map((e) => [e.id, e.kind, e.holds])).toEqual([
      ['new', 'dismissal', 'session'],
      ['old', 'reason', 'ended'],
    ]);
    expect(entries[1]!.reasonKeptUntil).toBe(at + 90 * DAY);
  });

  it('exports an entry as plain text with the reason verbatim, in German and English', () => {
    const [, dropbox] = recordEntries(decisions, at, 90);
    const de = entryText(dropbox!, 'de');
    expect(de).toMatch(/^Leitplanke – Eintrag vom 1\. Dezember 2026/);
    expect(de).toContain('Website: www.dropbox.com\nDienst: Dropbox\nModus: Begründung');
    expect(de).toContain('Begründung:\nPläne <script>alert(1)</script> austauschen\n');
    expect(entryText(dropbox!, 'en')).toContain('Service: Dropbox\nMode: reason');
    const all = recordText(recordEntries(decisions, at, 90), 'de', at);
    expect(all.split('\n---\n')).toHaveLength(2);
  });

  it('names an export file without the site', () => {
    expect(exportFileName('leitplanke-eintrag', at)).toBe('leitplanke-eintrag-2026-12-01.txt');
  });
});
