import { describe, expect, it } from 'vitest';
import { withConfiguredSettings } from '../../core/settings/configured-settings';
import { parseManagedSettings } from '../../core/settings/parse-managed-settings';

describe('configuredSettings: no setting lost in silence', () => {
  it('names every setting a generated policy sets, in schema order, and replaces a stale list', () => {
    expect(
      withConfiguredSettings({ extraRules: [], mode: 'block', configuredSettings: ['demoMode'] }),
    ).toEqual({
      mode: 'block',
      extraRules: [],
      configuredSettings: ['mode', 'extraRules'],
    });
    expect(withConfiguredSettings({})).toEqual({});
  });

  it('names a setting the browser discarded', () => {
    // What Chromium delivers when extraRules failed its schema check: the rest, without extraRules.
    const { settings, problems } = parseManagedSettings({
      mode: 'block',
      configuredSettings: ['mode', 'extraRules'],
    });
    expect(settings.mode).toBe('block');
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'extraRules',
        found: 'nothing',
        discarded: true,
        expected: expect.stringMatching(/^extraRules was discarded by the browser: /),
      }),
    ]);
  });

  it('reports a name that is no setting, and keeps the others', () => {
    const { settings, problems } = parseManagedSettings({
      mode: 'block',
      configuredSettings: ['mode', 'colour'],
    });
    expect(settings.configuredSettings).toEqual(['mode']);
    expect(problems).toEqual([expect.objectContaining({ path: 'configuredSettings[1]', found: '"colour"' })]);
  });

  it('is quiet when everything named arrived', () => {
    expect(parseManagedSettings({ mode: 'block', configuredSettings: ['mode'] }).problems).toEqual([]);
  });
});

describe('a malformed entry where no browser filters (Firefox, R23)', () => {
  it('is rejected alone, with one precise problem, and the other entries apply', () => {
    const rule = (id: string) => ({
      id,
      name: id,
      category: 'messenger',
      hosts: [`${id}.example`],
      status: 'not-approved',
      summary: 's',
      reasons: ['r'],
    });
    const { settings, problems } = parseManagedSettings({
      extraRules: [rule('a'), { ...rule('b'), reasons: 'a single text' }, rule('c')],
    });
    expect(settings.extraRules?.map((r) => r.id)).toEqual(['a', 'c']);
    expect(problems).toEqual([
      {
        path: 'extraRules[1].reasons',
        expected: 'Invalid input: expected array, received string',
        found: '"a single text"',
      },
    ]);
  });
});
