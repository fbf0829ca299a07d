import { describe, expect, it } from 'vitest';
import { matchPatternsForHosts } from '../../core/matching/match-patterns';

describe('matchPatternsForHosts', () => {
  it('covers each host and its subdomains, leaving out hosts a parent already covers', () => {
    expect(matchPatternsForHosts(['web.whatsapp.com', 'whatsapp.com', 'wa.me', 'zoom.us', 'wa.me'])).toEqual([
      '*://*.wa.me/*',
      '*://*.whatsapp.com/*',
      '*://*.zoom.us/*',
    ]);
  });

  it('keeps siblings that share only a suffix, not a label boundary', () => {
    expect(matchPatternsForHosts(['zoom.us', 'notzoom.us'])).toEqual([
      '*://*.notzoom.us/*',
      '*://*.zoom.us/*',
    ]);
  });
});
