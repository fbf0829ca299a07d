import { describe, expect, it } from 'vitest';
import { decisionHolds } from '../../core/notice/decision-expiry';

describe('decisionHolds', () => {
  it('holds until its expiry, for that host only', () => {
    const map = { 'web.whatsapp.com': 2_000 };
    expect(decisionHolds(map, 'web.whatsapp.com', 1_999)).toBe(true);
    expect(decisionHolds(map, 'web.whatsapp.com', 2_000)).toBe(false);
    expect(decisionHolds(map, 'wa.me', 1_000)).toBe(false);
  });

  it.each([undefined, null, 'x', [], { 'web.whatsapp.com': '9999999999999' }])(
    'treats a damaged store (%j) as no decision',
    (map) => {
      expect(decisionHolds(map, 'web.whatsapp.com', 0)).toBe(false);
    },
  );
});
