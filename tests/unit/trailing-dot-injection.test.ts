import { describe, expect, it } from 'vitest';
import { hasTrailingDotHost } from '../../services/trailing-dot-injection';

describe('hosts that match patterns miss', () => {
  it('are web addresses whose host ends in a dot', () => {
    expect(hasTrailingDotHost('https://web.whatsapp.com./')).toBe(true);
    expect(hasTrailingDotHost('http://zoom.us.:8443/j/1')).toBe(true);
  });

  it('are not ordinary hosts, other schemes or garbage', () => {
    for (const url of [
      'https://web.whatsapp.com/',
      'https://web.whatsapp.com/path./',
      'moz-extension://uuid./notice.html',
      'file:///tmp/a.',
      'not a url',
    ]) {
      expect(hasTrailingDotHost(url)).toBe(false);
    }
  });
});
