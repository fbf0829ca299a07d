import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '../../core/extension-ids';
import { extractSettingsFromPolicyFile } from '../../core/settings/extract-settings-from-policy-file';
import { ManagedSettings } from '../../core/settings/managed-settings';
import { withConfiguredSettings } from '../../core/settings/configured-settings';
import {
  ADMIN_DOC,
  CHROME_SCHEMA_ATTRIBUTES,
  chromeManagedSchema,
  DOC_MARKERS,
  generateAdminFiles,
  type JsonSchemaNode,
  SETTING_TEXTS,
  settingInfos,
  stableUuid,
  TEMPLATE_DIR,
  UPDATE_URL,
  XPI_URL,
} from '../../core/admin/admin-templates';
import { readAdminTemplateInput } from '../../scripts/generate-admin-templates';
import {
  asChromeReadsIt,
  parsePlist,
  parsePowerShellValues,
  parseReg,
  wellFormedRoot,
} from './artefact-readers';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const settingKeys = Object.keys(ManagedSettings.shape);
const example = JSON.parse(read('policy/examples/organisation.json')) as Record<string, unknown>;
/** What every generated policy carries: the example, naming the settings it sets. */
const generated = withConfiguredSettings(example);
const schema = JSON.parse(read('public/managed_schema.json')) as JsonSchemaNode;
const t = TEMPLATE_DIR;

function walk(node: JsonSchemaNode, visit: (node: JsonSchemaNode, path: string) => void, path = ''): void {
  visit(node, path);
  for (const [key, child] of Object.entries(node.properties ?? {}))
    walk(child, visit, path ? `${path}.${key}` : key);
  if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, visit, `${path}.*`);
  if (node.items) walk(node.items, visit, `${path}[]`);
}

// ---------------------------------------------------------------------------

describe('generated admin files', () => {
  const generated = generateAdminFiles(readAdminTemplateInput(root));

  it.each([...generated.keys()])('%s on disk is exactly what `npm run admin:templates` produces', (path) => {
    expect(read(path), `run npm run admin:templates and commit ${path}`).toBe(generated.get(path));
  });

  it('writes the schema, every template, the derived examples and the guide', () => {
    expect([...generated.keys()]).toEqual(
      expect.arrayContaining([
        'public/managed_schema.json',
        `${t}/leitplanke.admx`,
        `${t}/de-DE/leitplanke.adml`,
        `${t}/en-US/leitplanke.adml`,
        `${t}/leitplanke.reg`,
        `${t}/leitplanke.mobileconfig`,
        `${t}/chromium-linux.json`,
        `${t}/firefox-policies.json`,
        'policy/examples/firefox-json-strings.json',
        'policy/examples/hostile.json',
        ADMIN_DOC,
      ]),
    );
  });

  it('gives the same output on every run', () => {
    const again = generateAdminFiles(readAdminTemplateInput(root));
    expect([...again.entries()]).toEqual([...generated.entries()]);
  });

  it('refuses an example configuration that is not valid', () => {
    expect(() => generateAdminFiles({ example: { ...example, mode: 'strict' } })).toThrow(/mode/);
  });

  it('has German texts and a "not set" behaviour for every setting', () => {
    expect(Object.keys(SETTING_TEXTS).sort()).toEqual([...settingKeys].sort());
  });

  it("puts a self-signed build's own ID into every Chromium template", () => {
    const ownId = 'abcdefghijklmnopabcdefghijklmnop';
    const files = generateAdminFiles({ example, chromiumId: ownId });
    for (const path of [
      `${t}/leitplanke.admx`,
      `${t}/leitplanke.reg`,
      `${t}/leitplanke.mobileconfig`,
      `${t}/chromium-linux.json`,
    ]) {
      expect(files.get(path)).toContain(ownId);
      expect(files.get(path)).not.toContain(CHROMIUM_EXTENSION_ID);
    }
  });
});

describe('public/managed_schema.json (Chrome/Edge storage.managed_schema)', () => {
  it('has an object root without additionalProperties or patternProperties, which Chrome rejects there', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('patternProperties');
    expect(schema).not.toHaveProperty('$schema');
  });

  it("uses only attributes Chrome's schema parser knows for each type", () => {
    const offenders: string[] = [];
    walk(schema, (node, path) => {
      const allowed = CHROME_SCHEMA_ATTRIBUTES[node.type ?? ''];
      if (!allowed) offenders.push(`${path}: type ${String(node.type)}`);
      for (const key of Object.keys(node)) if (!allowed?.includes(key)) offenders.push(`${path}: ${key}`);
      if ('additionalProperties' in node) expect(typeof node.additionalProperties).toBe('object');
    });
    expect(offenders).toEqual([]);
  });

  it('lists every setting, with object or array where Chrome must parse registry text as JSON', () => {
    expect(Object.keys(schema.properties ?? {})).toEqual(settingKeys);
    for (const info of settingInfos()) {
      const type = schema.properties![info.key]!.type;
      if (info.kind.kind === 'json') expect(type).toBe(info.kind.type);
      else expect(type).toBe(info.kind.kind === 'enum' ? 'string' : info.kind.kind);
    }
  });

  it('leaves no check to Chrome that would drop a whole setting silently (no enum, pattern, range or required)', () => {
    walk(schema, (node) => {
      for (const keyword of ['enum', 'pattern', 'minimum', 'maximum', 'required', 'format'])
        expect(node).not.toHaveProperty(keyword);
    });
  });

  it('refuses a zod schema that Chrome could not represent, instead of writing an invalid schema', () => {
    expect(() =>
      chromeManagedSchema({
        type: 'object',
        properties: { x: { anyOf: [{ type: 'string' }, { type: 'number' }] } },
      }),
    ).toThrow(/x/);
    expect(() => chromeManagedSchema({ type: 'object', properties: { x: { type: 'array' } } })).toThrow(
      /item/,
    );
  });
});

describe('Windows Group Policy templates', () => {
  const admx = read(`${t}/leitplanke.admx`);
  const admls = { de: read(`${t}/de-DE/leitplanke.adml`), en: read(`${t}/en-US/leitplanke.adml`) };

  it('are well-formed XML with the Group Policy root elements', () => {
    expect(wellFormedRoot(admx)).toBe('policyDefinitions');
    expect(wellFormedRoot(admls.de)).toBe('policyDefinitionResources');
    expect(wellFormedRoot(admls.en)).toBe('policyDefinitionResources');
    expect(wellFormedRoot(read(`${t}/intune/leitplanke-chrome.admx`))).toBe('policyDefinitions');
  });

  it('define every string and presentation the ADMX refers to, in German and in English', () => {
    const strings = new Set([...admx.matchAll(/\$\(string\.([^)]+)\)/g)].map((m) => m[1]!));
    const presentations = new Set([...admx.matchAll(/\$\(presentation\.([^)]+)\)/g)].map((m) => m[1]!));
    for (const adml of Object.values(admls)) {
      const defined = new Set([...adml.matchAll(/<string id="([^"]+)">/g)].map((m) => m[1]!));
      const presented = new Set([...adml.matchAll(/<presentation id="([^"]+)">/g)].map((m) => m[1]!));
      expect([...strings].filter((s) => !defined.has(s))).toEqual([]);
      expect([...presentations].filter((p) => !presented.has(p))).toEqual([]);
    }
    expect(strings.size).toBeGreaterThan(settingKeys.length);
  });

  it('offer each setting for Chrome and for Edge, under the 3rdparty policy key of the extension', () => {
    for (const key of settingKeys) {
      expect(admx).toContain(`name="Chrome_${key}" class="Both"`);
      expect(admx).toMatch(
        new RegExp(
          `name="Chrome_${key}"[^>]*key="Software\\\\Policies\\\\Google\\\\Chrome\\\\3rdparty\\\\extensions\\\\${CHROMIUM_EXTENSION_ID}\\\\policy"`,
        ),
      );
      expect(admx).toMatch(
        new RegExp(
          `name="Edge_${key}"[^>]*key="Software\\\\Policies\\\\Microsoft\\\\Edge\\\\3rdparty\\\\extensions\\\\${CHROMIUM_EXTENSION_ID}\\\\policy"`,
        ),
      );
    }
  });

  it('present choices as drop-down lists, yes/no as 1/0, numbers as numbers and objects and lists as JSON text', () => {
    expect(admx).toContain('<enum id="profile" valueName="profile" required="true">');
    for (const profile of ['general', 'bund', 'nrw', 'hessen', 'bw', 'koeln'])
      expect(admx).toContain(`<string>${profile}</string>`);
    expect(admx).toMatch(
      /name="Chrome_allowContinue"[^>]*valueName="allowContinue">[\s\S]*?<enabledValue><decimal value="1" \/><\/enabledValue>\s*<disabledValue><decimal value="0" \/><\/disabledValue>/,
    );
    expect(admx).toContain(
      '<decimal id="acknowledgementHours" valueName="acknowledgementHours" required="true" minValue="0" maxValue="8760" />',
    );
    expect(admx).toContain(
      '<text id="extraRules" valueName="extraRules" required="true" maxLength="1000000" />',
    );
    expect(admls.de).toContain('<dropdownList refId="profile" noSort="true">');
    expect(admls.de).toContain('als JSON in einer Zeile');
  });

  it('explain the JSON settings with the example configuration', () => {
    expect(admls.de).toContain(`Beispiel: ${JSON.stringify(example.exceptions).replace(/"/g, '&quot;')}`);
    expect(admls.en).toContain(`Example: ${JSON.stringify(example.exceptions).replace(/"/g, '&quot;')}`);
  });

  it('for Intune cover Chrome only, since ingested ADMX may not write below Software\\Policies\\Microsoft', () => {
    const intune = read(`${t}/intune/leitplanke-chrome.admx`);
    const keys = new Set([...intune.matchAll(/ key="([^"]+)"/g)].map((m) => m[1]!));
    expect([...keys]).toEqual([
      `Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy`,
    ]);
    expect(read(`${t}/intune/en-US/leitplanke-chrome.adml`)).not.toContain('Leitplanke_Edge');
  });
});

describe('Windows registry files', () => {
  const reg = read(`${t}/leitplanke.reg`);

  it('.reg is plain ASCII with CRLF line ends, so regedit reads it in any code page', () => {
    // eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included
    expect(reg).toMatch(/^[\x00-\x7f]*$/);
    expect(reg.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('.reg, read the way Chrome converts registry values, gives the example configuration for Chrome and Edge', () => {
    const keys = parseReg(reg);
    const chrome = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy`;
    const edge = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy`;
    expect([...keys.keys()]).toEqual([chrome, edge]);
    expect(asChromeReadsIt(keys.get(chrome)!)).toEqual(generated);
    expect(asChromeReadsIt(keys.get(edge)!)).toEqual(generated);
  });

  it('the PowerShell script is ASCII and writes the same values as the .reg file', () => {
    const ps1 = read(`${t}/leitplanke.ps1`);
    // eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included
    expect(ps1).toMatch(/^[\x00-\x7f]*$/);
    expect(asChromeReadsIt(parsePowerShellValues(ps1))).toEqual(generated);
    expect(ps1).toContain(
      `'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy'`,
    );
  });
});

describe('macOS configuration profile', () => {
  const profile = parsePlist(read(`${t}/leitplanke.mobileconfig`)) as Record<string, unknown>;
  const payloads = profile.PayloadContent as Array<Record<string, unknown>>;

  it("is a Configuration profile with one payload per browser's extension preference domain", () => {
    expect(profile.PayloadType).toBe('Configuration');
    expect(payloads.map((p) => p.PayloadType)).toEqual([
      `com.google.Chrome.extensions.${CHROMIUM_EXTENSION_ID}`,
      `com.microsoft.Edge.extensions.${CHROMIUM_EXTENSION_ID}`,
    ]);
  });

  it('carries the example settings as real plist structures in each payload', () => {
    for (const payload of payloads) {
      const settings = Object.fromEntries(
        Object.entries(payload).filter(([key]) => !key.startsWith('Payload')),
      );
      expect(settings).toEqual(generated);
    }
    expect(parsePlist(read(`${t}/leitplanke-settings.plist`))).toEqual(generated);
  });

  it('has unique, stable UUIDs in the standard format', () => {
    const uuids = [profile.PayloadUUID, ...payloads.map((p) => p.PayloadUUID)] as string[];
    expect(new Set(uuids).size).toBe(uuids.length);
    for (const uuid of uuids)
      expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(stableUuid('x')).toBe(stableUuid('x'));
    expect(stableUuid('x')).not.toBe(stableUuid('y'));
  });
});

describe('Linux and Firefox policy files', () => {
  it('chromium-linux.json force-installs from the intranet (updates too) and carries the example settings', () => {
    const file = JSON.parse(read(`${t}/chromium-linux.json`)) as {
      ExtensionSettings: Record<string, unknown>;
    };
    expect(file.ExtensionSettings[CHROMIUM_EXTENSION_ID]).toEqual({
      installation_mode: 'force_installed',
      update_url: UPDATE_URL,
      override_update_url: true,
    });
    const extracted = extractSettingsFromPolicyFile(file);
    expect(extracted).toMatchObject({
      ok: true,
      shape: 'chromium',
      extensionId: CHROMIUM_EXTENSION_ID,
      raw: generated,
    });
  });

  it('firefox-policies.json force-installs the signed .xpi and carries the example settings', () => {
    const file = JSON.parse(read(`${t}/firefox-policies.json`)) as {
      policies: { ExtensionSettings: Record<string, unknown> };
    };
    expect(file.policies.ExtensionSettings[FIREFOX_ADDON_ID]).toEqual({
      installation_mode: 'force_installed',
      install_url: XPI_URL,
    });
    expect(extractSettingsFromPolicyFile(file)).toMatchObject({
      ok: true,
      shape: 'firefox',
      extensionId: FIREFOX_ADDON_ID,
      raw: generated,
    });
  });
});

describe('docs/admin.md', () => {
  const doc = read(ADMIN_DOC);

  it('documents every setting in the German and in the English settings table', () => {
    for (const { start, end } of Object.values(DOC_MARKERS)) {
      const table = doc.slice(doc.indexOf(start), doc.indexOf(end));
      for (const key of settingKeys) expect(table).toContain(`| \`${key}\` |`);
    }
  });

  it('names the Chromium extension ID, the Firefox add-on id and the checks admins can run', () => {
    expect(doc).toContain(CHROMIUM_EXTENSION_ID);
    expect(doc).toContain(FIREFOX_ADDON_ID);
    expect(doc).toContain(`chrome-extension://${CHROMIUM_EXTENSION_ID}/diagnostics.html`);
    expect(doc).toContain('npm run policy:check -- ');
    expect(doc.indexOf('## Deutsch')).toBeLessThan(doc.indexOf('## English'));
  });
});
