import { describe, expect, it } from 'vitest';
import { parseUserSettings } from '../../core/settings/user-settings';

describe('parseUserSettings', () => {
  it('keeps valid values', () => {
    expect(parseUserSettings({ profile: 'nrw', language: 'en' })).toEqual({ profile: 'nrw', language: 'en' });
  });

  it.each([undefined, null, 'nrw', 42, []])('treats %s as no settings', (raw) => {
    expect(parseUserSettings(raw)).toEqual({});
  });

  it('drops a damaged field and keeps the rest', () => {
    expect(parseUserSettings({ profile: 'atlantis', language: 'de' })).toEqual({ language: 'de' });
    expect(parseUserSettings({ profile: 'bw', language: '<script>' })).toEqual({ profile: 'bw' });
  });
});
