import { describe, expect, it } from 'vitest';
import { checkArtefact, chromeDiscardLines } from '../../core/admin/check-artefact';
import { chromeManagedSchema } from '../../core/admin/admin-templates';
import { chromeNormalise } from '../../core/admin/validate-chrome-values';
import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '../../core/extension-ids';
import { telegramRule } from './support';

const threeRules = {
  mode: 'inform',
  organisation: { name: 'Org', color: '#000000' },
  extraRules: [
    { ...telegramRule, id: 'a-tool', hosts: ['a.example'] },
    { ...telegramRule, id: 'b-tool', hosts: ['b.example'], reasons: 'a single text' },
    { ...telegramRule, id: 'c-tool', hosts: ['c.example'] },
  ],
};
const chromeFile = JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: threeRules } } });

describe("Chromium's value check, re-stated (schema.cc, SCHEMA_ALLOW_UNKNOWN)", () => {
  it('drops the whole setting for one wrong-typed entry, and unknown fields silently', () => {
    const result = chromeNormalise(chromeManagedSchema(), threeRules);
    // What Chromium 156 delivered in the same experiment with real machine policy.
    expect(result.value).toEqual({ mode: 'inform', organisation: { name: 'Org' } });
    expect(result.discarded).toEqual([
      { setting: 'extraRules', path: ['extraRules', 1, 'reasons'], expected: 'a list', found: 'a text' },
    ]);
    expect(result.removed).toEqual(['organisation.color']);
  });

  it('says so in policy:check, naming the entry and field', () => {
    expect(chromeDiscardLines(chromeFile)).toEqual([
      'Chrome and Edge discard 1 whole setting(s) before Leitplanke sees them:',
      '  extraRules was discarded by the browser: entry 2, reasons, expected a list (at extraRules[1].reasons, found a text)',
      'Chrome and Edge remove unknown field(s) silently: organisation.color.',
    ]);
    expect(checkArtefact({ fileName: 'p.json', text: chromeFile }).exitCode).toBe(1);
  });

  it('leaves Firefox files to Leitplanke: Firefox does not check managed values (R23)', () => {
    const firefox = JSON.stringify({
      policies: { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: threeRules } } },
    });
    expect(chromeDiscardLines(firefox)).toEqual([]);
    expect(checkArtefact({ fileName: 'policies.json', text: firefox }).exitCode).toBe(0);
  });
});
