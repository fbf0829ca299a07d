import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '../../core/extension-ids';
import {
  checkPolicyFile,
  extractSettingsFromPolicyFile,
} from '../../core/settings/extract-settings-from-policy-file';
import { loadCatalogue } from '../../scripts/load-policy';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const { catalogue } = loadCatalogue(resolve(root, 'policy'));
const settings = { profile: 'nrw', mode: 'block' };
const organisation = JSON.parse(read('policy/examples/organisation.json')) as Record<string, unknown>;

function check(text: string, extra: { extensionId?: string } = {}) {
  return checkPolicyFile(text, { fileName: 'test.json', catalogue, today: '2026-11-22', ...extra });
}

describe('extractSettingsFromPolicyFile', () => {
  it('takes a bare settings object as it is', () => {
    expect(extractSettingsFromPolicyFile(settings)).toEqual({
      ok: true,
      shape: 'settings',
      raw: settings,
      notes: [],
    });
    expect(extractSettingsFromPolicyFile({})).toMatchObject({ ok: true, shape: 'settings' });
  });

  it('finds the settings in a Chromium policy file, next to other browser policies', () => {
    const file = {
      ExtensionInstallForcelist: ['x;y'],
      '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: settings, other: {} } },
    };
    expect(extractSettingsFromPolicyFile(file)).toEqual({
      ok: true,
      shape: 'chromium',
      extensionId: CHROMIUM_EXTENSION_ID,
      raw: settings,
      notes: [],
    });
  });

  it("finds the settings in a Firefox policies.json, also when the add-on's settings are one JSON text", () => {
    const file = (value: unknown) => ({
      policies: { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: value } } },
    });
    expect(extractSettingsFromPolicyFile(file(settings))).toMatchObject({
      ok: true,
      shape: 'firefox',
      extensionId: FIREFOX_ADDON_ID,
      raw: settings,
    });
    expect(extractSettingsFromPolicyFile(file(JSON.stringify(settings)))).toMatchObject({
      ok: true,
      raw: settings,
    });
    expect(extractSettingsFromPolicyFile(file('{not json'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('not JSON'),
    });
  });

  it('explains the other browser\'s spelling of "extensions"', () => {
    const chromiumWithCapital = { '3rdparty': { Extensions: { [CHROMIUM_EXTENSION_ID]: settings } } };
    const firefoxLowerCase = { policies: { '3rdparty': { extensions: { [FIREFOX_ADDON_ID]: settings } } } };
    expect(extractSettingsFromPolicyFile(chromiumWithCapital)).toMatchObject({
      ok: false,
      error: expect.stringContaining('capital E'),
    });
    expect(extractSettingsFromPolicyFile(firefoxLowerCase)).toMatchObject({
      ok: false,
      error: expect.stringContaining('capital E'),
    });
  });

  it('accepts settings under one other ID with a note, since a self-signed build has its own', () => {
    const ownId = 'abcdefghijklmnopabcdefghijklmnop';
    const result = extractSettingsFromPolicyFile({ '3rdparty': { extensions: { [ownId]: settings } } });
    expect(result).toMatchObject({ ok: true, extensionId: ownId, raw: settings });
    expect(result.ok && result.notes[0]).toContain(CHROMIUM_EXTENSION_ID);
    expect(
      extractSettingsFromPolicyFile(
        { '3rdparty': { extensions: { [ownId]: settings } } },
        { extensionId: ownId },
      ),
    ).toMatchObject({
      ok: true,
      notes: [],
    });
  });

  it('names the IDs it found when several extensions are configured but not Leitplanke', () => {
    const result = extractSettingsFromPolicyFile({ '3rdparty': { extensions: { aaaa: {}, bbbb: {} } } });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no entry for ofap.*"aaaa", "bbbb"/),
    });
  });

  it('says clearly when a file is neither settings nor a policy file', () => {
    for (const json of [[settings], 'nrw', null, 42]) {
      expect(extractSettingsFromPolicyFile(json)).toMatchObject({
        ok: false,
        error: expect.stringContaining('expected one of'),
      });
    }
    expect(extractSettingsFromPolicyFile({ ExtensionSettings: {} })).toMatchObject({
      ok: false,
      error: expect.stringContaining('"ExtensionSettings"'),
    });
    expect(extractSettingsFromPolicyFile({ policies: { DisableTelemetry: true } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('no "3rdparty"'),
    });
    expect(
      extractSettingsFromPolicyFile({
        '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: '{"profile":"nrw"}' } },
      }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('must be an object'),
    });
  });
});

describe('checkPolicyFile (npm run policy:check)', () => {
  it('prints path, expected and found for every problem and exits with 1', () => {
    const result = check(
      JSON.stringify({
        profile: 'atlantis',
        exceptions: { hosts: ['https://webex.example.org'] },
        mode: 'block',
      }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.problems.map((p) => p.path)).toEqual(['profile', 'exceptions.hosts[0]']);
    const text = result.lines.join('\n');
    expect(text).toContain('2 problem(s)');
    expect(text).toMatch(/ {2}profile\n {4}expected: .*"nrw".*\n {4}found: {4}"atlantis"/);
    expect(text).toMatch(
      / {2}exceptions\.hosts\[0\]\n {4}expected: expected a lower-case hostname.*\n {4}found: {4}"https:\/\/webex\.example\.org"/,
    );
    // The bad host is dropped on its own; `exceptions` (now without it) and `mode` apply.
    expect(text).toContain('2 setting(s) apply: exceptions, mode.');
  });

  it('reports what only the whole policy reveals, as the diagnostics page does: duplicate rule ids, unknown exception ids', () => {
    const rule = {
      id: 'chat',
      name: 'Chat',
      category: 'messenger',
      hosts: ['chat.example.org'],
      status: 'caution',
      summary: 's',
      reasons: ['r'],
    };
    const result = check(
      JSON.stringify({
        extraRules: [rule, { ...rule, hosts: ['chat2.example.org'] }],
        exceptions: { rules: ['no-such-tool'] },
      }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.problems.map((p) => p.path)).toEqual(['extraRules[1].id', 'exceptions.rules[0]']);
  });

  it('passes the example configuration in every file shape, with a short summary', () => {
    for (const path of [
      'policy/examples/organisation.json',
      'docs/admin/templates/chromium-linux.json',
      'docs/admin/templates/firefox-policies.json',
    ]) {
      const result = check(read(path));
      expect(result.exitCode, result.lines.join('\n')).toBe(0);
      expect(result.lines.at(-2)).toBe(
        `No problems. ${Object.keys(organisation).length} setting(s) apply: ${Object.keys(organisation).join(', ')}.`,
      );
      expect(result.lines.at(-1)).toBe('Extra rules: telegram.');
    }
  });

  it('names the file shape and the ID the settings were found under', () => {
    expect(check(read('docs/admin/templates/firefox-policies.json')).lines[0]).toBe(
      `test.json (Firefox policies.json, settings for ${FIREFOX_ADDON_ID})`,
    );
    expect(check(read('policy/examples/minimal.json')).lines).toEqual([
      'test.json (settings object)',
      'No problems. 2 setting(s) apply: profile, mode.',
    ]);
  });

  it('fails with a clear message on text that is not JSON, and reads files with a byte-order mark', () => {
    const broken = check('{"profile": "nrw",}');
    expect(broken.exitCode).toBe(1);
    expect(broken.lines[0]).toMatch(/^test\.json: not valid JSON/);
    expect(check(`\uFEFF${JSON.stringify(settings)}`).exitCode).toBe(0);
  });

  it('fails on a file shape it does not know', () => {
    const result = check(JSON.stringify({ ExtensionInstallForcelist: [] }));
    expect(result.exitCode).toBe(1);
    expect(result.lines[0]).toContain('no Leitplanke setting found');
  });

  it('runs as `npm run policy:check -- FILE` and exits with 1 on a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leitplanke-check-'));
    try {
      const file = join(dir, 'policy.json');
      writeFileSync(
        file,
        JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: { mode: 'strict' } } } }),
      );
      const run = spawnSync(
        resolve(root, 'node_modules/.bin/tsx'),
        [resolve(root, 'scripts/check-policy.ts'), file],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('  mode\n    expected:');
      expect(run.stdout).toContain('found:    "strict"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
