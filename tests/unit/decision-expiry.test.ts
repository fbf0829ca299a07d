import { describe, expect, it } from 'vitest';
import { decisionHolds } from '../../core/notice/decision-expiry';
import type { VerdictBasis } from '../../core/notice/verdict-basis';

const basis: VerdictBasis = {
  profile: 'general',
  status: 'prohibited',
  mode: 'acknowledge',
  statements: ['a|x|1'],
};
const stored = (until: unknown, b: unknown = basis) => [{ host: 'web.whatsapp.com', until, basis: b }];

describe('decisionHolds (banner script, before the background answers)', () => {
  it('holds until its expiry, for that host only', () => {
    expect(decisionHolds(stored(2_000), 'web.whatsapp.com', basis, 1_999)).toBe(true);
    expect(decisionHolds(stored(2_000), 'web.whatsapp.com', basis, 2_000)).toBe(false);
    expect(decisionHolds(stored(2_000), 'wa.me', basis, 1_000)).toBe(false);
  });

  it('holds only for the verdict it was given for', () => {
    expect(decisionHolds(stored(2_000), 'web.whatsapp.com', { ...basis, mode: 'reason' }, 0)).toBe(false);
    expect(decisionHolds(stored(2_000), 'web.whatsapp.com', { ...basis, statements: ['b|y|2'] }, 0)).toBe(
      false,
    );
    expect(decisionHolds(stored(2_000), 'web.whatsapp.com', { ...basis, profile: 'nrw' }, 0)).toBe(false);
  });

  it.each([undefined, null, 'x', {}, [null], stored('9999999999999'), stored(9e15, { statements: 5 })])(
    'treats a damaged store (%j) as no decision',
    (list) => {
      expect(decisionHolds(list, 'web.whatsapp.com', basis, 0)).toBe(false);
    },
  );
});
