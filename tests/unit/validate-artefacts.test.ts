/**
 * The artefact validator over every generated file (they must pass), and one
 * broken variant per rule it checks (each must be caught, by that rule).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArtefactFinding } from '../../core/admin/artefact-finding';
import { validateArtefact } from '../../core/admin/validate-artefact';
import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '../../core/extension-ids';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const t = 'docs/admin/templates';
const expectedIds = { chromium: CHROMIUM_EXTENSION_ID, firefox: FIREFOX_ADDON_ID };

const admls = (dir: string, base: string) => ({
  'de-DE': { name: `${base}.adml`, text: read(`${dir}/de-DE/${base}.adml`) },
  'en-US': { name: `${base}.adml`, text: read(`${dir}/en-US/${base}.adml`) },
});
const enOnly = (dir: string, base: string) => ({
  'en-US': { name: `${base}.adml`, text: read(`${dir}/en-US/${base}.adml`) },
});

const check = (fileName: string, text: string, admx?: Parameters<typeof validateArtefact>[0]['admx']) =>
  validateArtefact({ fileName, text, expectedIds, ...(admx ? { admx } : {}) });
const errorsAndWarnings = (findings: ArtefactFinding[]) =>
  findings.map((f) => `${f.rule} ${f.severity}: ${f.message}`);

describe('every generated artefact passes the platform rules', () => {
  it.each([
    'public/managed_schema.json',
    `${t}/chromium-linux.json`,
    `${t}/firefox-policies.json`,
    `${t}/leitplanke.reg`,
    `${t}/leitplanke.ps1`,
    `${t}/leitplanke.mobileconfig`,
    `${t}/leitplanke-settings.plist`,
  ])('%s', (path) => {
    expect(errorsAndWarnings(check(path, read(path)))).toEqual([]);
  });

  it('the Group Policy ADMX with its German and English ADML', () => {
    const findings = check('leitplanke.admx', read(`${t}/leitplanke.admx`), {
      admls: admls(t, 'leitplanke'),
      intune: false,
    });
    expect(errorsAndWarnings(findings)).toEqual([]);
  });

  it("the Intune ADMX with its en-US ADML, within Intune's limits", () => {
    const findings = check('leitplanke-chrome.admx', read(`${t}/intune/leitplanke-chrome.admx`), {
      admls: enOnly(`${t}/intune`, 'leitplanke-chrome'),
      intune: true,
    });
    expect(errorsAndWarnings(findings)).toEqual([]);
  });
});

const schema = JSON.parse(read('public/managed_schema.json')) as {
  properties: Record<string, Record<string, unknown>>;
};
const withSchema = (change: (s: typeof schema) => void) => {
  const copy = structuredClone(schema);
  change(copy);
  return JSON.stringify(copy);
};
const reg = read(`${t}/leitplanke.reg`);
const admx = read(`${t}/leitplanke.admx`);
const intuneAdmx = read(`${t}/intune/leitplanke-chrome.admx`);
const mobileconfig = read(`${t}/leitplanke.mobileconfig`);
const replaceOnce = (text: string, from: string | RegExp, to: string) => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture: ${String(from)} not found`);
  return out;
};

interface Broken {
  rule: string;
  name: string;
  file: string;
  text: () => string;
  admx?: Parameters<typeof validateArtefact>[0]['admx'];
  /** Some rules are worth only a warning: the platform accepts them, but not as they look. */
  severity?: 'warning';
}

const broken: Broken[] = [
  {
    rule: 'R1',
    name: 'additionalProperties at the top level',
    file: 'managed_schema.json',
    text: () => withSchema((s) => Object.assign(s, { additionalProperties: { type: 'string' } })),
  },
  {
    rule: 'R2',
    name: 'an unresolvable $ref',
    file: 'managed_schema.json',
    text: () => withSchema((s) => (s.properties.mode = { $ref: 'Nowhere' })),
  },
  {
    rule: 'R3',
    name: 'a null type',
    file: 'managed_schema.json',
    text: () => withSchema((s) => (s.properties.mode = { type: ['string', 'null'] })),
  },
  {
    rule: 'R4',
    name: '"default" and "format", which Chrome never enforces',
    file: 'managed_schema.json',
    severity: 'warning',
    text: () => withSchema((s) => (s.properties.mode = { type: 'string', default: 'inform', format: 'uri' })),
  },
  {
    rule: 'R5',
    name: 'minimum on a number',
    file: 'managed_schema.json',
    text: () => withSchema((s) => (s.properties.acknowledgementHours = { type: 'number', minimum: 0 })),
  },
  {
    rule: 'R6',
    name: 'a look-ahead pattern (not RE2)',
    file: 'managed_schema.json',
    text: () => withSchema((s) => (s.properties.mode = { type: 'string', pattern: '^(?!x).*$' })),
  },
  {
    rule: 'R7',
    name: 'an empty enum',
    file: 'managed_schema.json',
    text: () => withSchema((s) => (s.properties.mode = { type: 'string', enum: [] })),
  },
  {
    rule: 'R8',
    name: 'a restriction inside list entries',
    file: 'managed_schema.json',
    severity: 'warning',
    text: () =>
      withSchema((s) => ((s.properties.extraRules!.items as Record<string, unknown>).required = ['id'])),
  },
  {
    rule: 'R9',
    name: 'a key without 3rdparty\\extensions\\<id>\\policy',
    file: 'bad.reg',
    text: () => reg.replace(/\\3rdparty\\extensions\\([a-p]{32})\\policy\]/g, '\\3rdparty\\$1]'),
  },
  {
    rule: 'R10',
    name: 'a REG_MULTI_SZ list',
    file: 'bad.reg',
    text: () => replaceOnce(reg, /"profile"="nrw"/, '"profile"=hex(7):6e,00,72,00,77,00,00,00,00,00'),
  },
  {
    rule: 'R11',
    name: 'two values differing only by case',
    file: 'bad.reg',
    text: () => replaceOnce(reg, '"profile"="nrw"', '"profile"="nrw"\r\n"Profile"="bund"'),
  },
  {
    rule: 'R12',
    name: 'a $(string.…) the ADML lacks',
    file: 'leitplanke.admx',
    text: () => replaceOnce(admx, 'displayName="$(string.profile)"', 'displayName="$(string.profil)"'),
    admx: { admls: admls(t, 'leitplanke'), intune: false },
  },
  {
    rule: 'R13',
    name: 'revision "1.04.0000"',
    file: 'leitplanke.admx',
    text: () => replaceOnce(admx, 'revision="1.0" schemaVersion', 'revision="1.04.0000" schemaVersion'),
    admx: { admls: admls(t, 'leitplanke'), intune: false },
  },
  {
    rule: 'R14',
    name: 'SUPPORTED_WIN7 used but not defined',
    file: 'leitplanke.admx',
    text: () =>
      replaceOnce(admx, '<supportedOn ref="SUPPORTED_Chrome" />', '<supportedOn ref="SUPPORTED_WIN7" />'),
    admx: { admls: admls(t, 'leitplanke'), intune: false },
  },
  {
    rule: 'R15',
    name: 'a comboBox in an Intune template',
    file: 'leitplanke-chrome.admx',
    text: () => replaceOnce(intuneAdmx, '<text id="organisation"', '<comboBox id="organisation"'),
    admx: { admls: enOnly(`${t}/intune`, 'leitplanke-chrome'), intune: true },
  },
  {
    rule: 'R16',
    name: "Edge's 3rdparty key in an Intune import",
    file: 'leitplanke.admx',
    text: () => admx,
    admx: {
      admls: { 'en-US': { name: 'leitplanke.adml', text: read(`${t}/en-US/leitplanke.adml`) } },
      intune: true,
    },
  },
  {
    rule: 'R17',
    name: 'an own category referenced with a prefix',
    file: 'leitplanke.admx',
    text: () =>
      replaceOnce(
        admx,
        '<parentCategory ref="Leitplanke_Chrome" />',
        '<parentCategory ref="leitplanke:Leitplanke_Chrome" />',
      ),
    admx: { admls: admls(t, 'leitplanke'), intune: false },
  },
  {
    rule: 'R18',
    name: 'values wrapped as {Value: …}',
    file: 'bad.mobileconfig',
    text: () =>
      replaceOnce(
        mobileconfig,
        /<key>profile<\/key>\s*<string>nrw<\/string>/,
        '<key>profile</key><dict><key>Value</key><string>nrw</string></dict>',
      ),
  },
  {
    rule: 'R19',
    name: 'a UUID that is not hex',
    file: 'bad.mobileconfig',
    text: () =>
      mobileconfig.replace(
        /<key>PayloadUUID<\/key>\s*<string>[^<]*<\/string>/,
        '<key>PayloadUUID</key><string>020D4Z7P-0000-0000-0000-000000000000</string>',
      ),
  },
  {
    rule: 'R20',
    name: 'Firefox without EnterprisePoliciesEnabled',
    file: 'firefox.mobileconfig',
    text: () => firefoxProfile(false),
  },
  {
    rule: 'R21',
    name: 'Chrome Linux policy with "Extensions"',
    file: 'chromium.json',
    text: () => read(`${t}/chromium-linux.json`).replace('"extensions"', '"Extensions"'),
  },
  {
    rule: 'R22',
    name: 'Firefox policies.json with "extensions"',
    file: 'policies.json',
    text: () => read(`${t}/firefox-policies.json`).replace('"Extensions"', '"extensions"'),
  },
];

/** A Firefox payload as Mozilla documents it (R20). */
function firefoxProfile(enabled: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>PayloadContent</key><array><dict>
<key>PayloadType</key><string>org.mozilla.firefox</string>
<key>PayloadIdentifier</key><string>de.example.leitplanke.firefox</string>
<key>PayloadUUID</key><string>7C8C1B2E-3D4F-4A5B-9C6D-7E8F9A0B1C2D</string>
<key>PayloadVersion</key><integer>1</integer>
<key>EnterprisePoliciesEnabled</key><${enabled}/>
<key>3rdparty</key><dict><key>Extensions</key><dict><key>${FIREFOX_ADDON_ID}</key><dict><key>mode</key><string>block</string></dict></dict></dict>
</dict></array>
<key>PayloadType</key><string>Configuration</string>
<key>PayloadIdentifier</key><string>de.example.leitplanke</string>
<key>PayloadUUID</key><string>1F2E3D4C-5B6A-4978-8A9B-0C1D2E3F4A5B</string>
<key>PayloadVersion</key><integer>1</integer>
</dict></plist>`;
}

describe('one broken fixture per rule is caught by that rule', () => {
  it.each(broken.map((b) => [b.rule, b.name, b] as const))('%s: %s', (rule, _name, b) => {
    const findings = check(b.file, b.text(), b.admx);
    const hits = findings.filter((f) => f.rule === rule);
    expect(hits, errorsAndWarnings(findings).join('\n')).not.toEqual([]);
    expect(hits.some((f) => f.severity === (b.severity ?? 'error'))).toBe(true);
  });

  it('covers R1–R22 except R9/R11 variants already listed', () => {
    expect(new Set(broken.map((b) => b.rule)).size).toBe(22);
  });

  it('accepts the Firefox profile as Mozilla documents it', () => {
    expect(errorsAndWarnings(check('firefox.mobileconfig', firefoxProfile(true)))).toEqual([]);
  });
});
