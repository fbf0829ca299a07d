/**
 * The policy editor's logic: a form derived from the schema, validation as
 * the extension validates, imports of every format, and exports that read
 * back — with the readers the template tests use — to exactly the policy.
 */
import { withConfiguredSettings } from '../../core/settings/configured-settings';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  settingInfos,
  settingsJsonSchema,
  type JsonSchemaNode,
  TEMPLATE_DIR,
} from '../../core/admin/admin-templates';
import { DEFAULT_INGEST_NAME } from '../../core/admin/intune-admx-values';
import { getAt, setAt } from '../../core/admin/policy-draft';
import { exportArtefacts, type Artefact, type ArtefactId } from '../../core/admin/policy-export';
import { emptyValue, formFields, formNode, type FormNode } from '../../core/admin/policy-form';
import { FIELD_LABELS } from '../../core/admin/policy-editor-text';
import { importPolicy } from '../../core/admin/policy-import';
import { checkDraft, fieldOfProblem, previewModel } from '../../core/admin/policy-preview';
import { decodeTextFile } from '../../core/admin/registry-file';
import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '../../core/extension-ids';
import { ManagedSettings } from '../../core/settings/managed-settings';
import { parseManagedSettings } from '../../core/settings/parse-managed-settings';
import {
  asChromeReadsIt,
  parsePlist,
  parsePowerShellValues,
  parseReg,
  wellFormedRoot,
} from './artefact-readers';
import { miniLookup, telegramRule } from './support';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const example = JSON.parse(read('policy/examples/organisation.json')) as Record<string, unknown>;
const catalogue = miniLookup().catalogue;
const check = (draft: unknown) =>
  checkDraft(draft, { catalogue, browserLanguage: 'de', today: '2026-12-01' });

/** A policy touching every kind of value: the organisation example plus a map, integers and booleans. */
const policy: Record<string, unknown> = {
  ...example,
  language: 'en',
  modeByRule: { zoom: 'reason', telegram: 'block' },
  dismissal: { allowed: false, hours: 8 },
  demoMode: false,
};

const exportAll = (settings = policy, options = {}) =>
  exportArtefacts(settings, { randomUuid: randomUUID, ...options });
const artefact = (list: Artefact[], id: ArtefactId) => list.find((a) => a.id === id)!.content;

describe('the form', () => {
  it('names every field inside a setting in German and English, not by its bare key', () => {
    const keys = new Set<string>();
    const walk = (node: FormNode): void => {
      if (node.kind === 'object')
        for (const f of node.fields) {
          keys.add(f.key);
          walk(f.node);
        }
      if (node.kind === 'list') walk(node.item);
      if (node.kind === 'map') walk(node.value);
    };
    for (const field of formFields()) walk(field.node);
    expect(keys.size).toBeGreaterThan(20);
    expect([...keys].filter((key) => !FIELD_LABELS[key])).toEqual([]);
    // And nothing stale: every label belongs to a field of the schema.
    expect(Object.keys(FIELD_LABELS).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('has one field per managed setting, in the schema order: a new setting gets its field by itself', () => {
    expect(formFields().map((f) => f.key)).toEqual(Object.keys(ManagedSettings.shape));
  });

  it('mirrors every nested field, list and map of the schema', () => {
    const visit = (node: FormNode, schema: JsonSchemaNode, path: string): void => {
      if (schema.type === 'object' && schema.properties) {
        expect(node.kind, path).toBe('object');
        if (node.kind !== 'object') return;
        expect(
          node.fields.map((f) => f.key),
          path,
        ).toEqual(Object.keys(schema.properties));
        for (const f of node.fields) {
          expect(f.required, `${path}.${f.key}`).toBe((schema.required ?? []).includes(f.key));
          visit(f.node, schema.properties[f.key]!, `${path}.${f.key}`);
        }
      } else if (schema.type === 'object') {
        expect(node.kind, path).toBe('map');
        if (node.kind === 'map')
          visit(node.value, schema.additionalProperties as JsonSchemaNode, `${path}.*`);
      } else if (schema.type === 'array') {
        expect(node.kind, path).toBe('list');
        if (node.kind === 'list') visit(node.item, schema.items!, `${path}[]`);
      } else if (Array.isArray(schema.enum)) {
        expect(node, path).toMatchObject({ kind: 'enum', values: schema.enum });
      } else {
        expect(node.kind, path).toBe(schema.type);
      }
    };
    const source = settingsJsonSchema();
    for (const field of formFields(source)) visit(field.node, source.properties![field.key]!, field.key);
  });

  it('labels every field in German and English, and names enum values as the ADMX does', () => {
    for (const field of formFields()) {
      expect(field.label.de && field.label.en && field.help.de && field.help.en, field.key).toBeTruthy();
    }
    const mode = formFields().find((f) => f.key === 'mode')!.node;
    expect(mode.kind === 'enum' && mode.names?.block).toEqual({ de: 'Sperren (block)', en: 'Block (block)' });
  });

  it('presents a structure no editor knows (a union) as JSON text', () => {
    expect(formNode({ anyOf: [{ type: 'string' }, { type: 'integer' }] })).toEqual({ kind: 'json' });
  });

  it('starts a new entry with its required fields, empty', () => {
    const extraRules = formFields().find((f) => f.key === 'extraRules')!.node;
    expect(extraRules.kind).toBe('list');
    if (extraRules.kind !== 'list') return;
    expect(emptyValue(extraRules.item)).toEqual({
      id: '',
      name: '',
      category: 'messenger',
      hosts: [''],
      status: 'prohibited',
      summary: '',
      reasons: [''],
    });
  });
});

describe('the draft', () => {
  it('sets and removes values by path, dropping objects a removal leaves empty', () => {
    let draft = setAt({}, ['organisation', 'name'], 'Amt');
    draft = setAt(draft, ['extraRules'], [telegramRule]);
    draft = setAt(draft, ['extraRules', 0, 'hosts', 2], 'telegram.me');
    expect(getAt(draft, ['extraRules', 0, 'hosts'])).toEqual(['telegram.org', 't.me', 'telegram.me']);
    draft = setAt(draft, ['extraRules', 0, 'hosts', 0], undefined);
    expect(getAt(draft, ['extraRules', 0, 'hosts'])).toEqual(['t.me', 'telegram.me']);
    draft = setAt(draft, ['organisation', 'name'], undefined);
    expect(draft).not.toHaveProperty('organisation');
  });
});

describe('live validation', () => {
  it('reports exactly what the extension reports, path, expected and found', () => {
    const draft = {
      organisation: { name: 'Amt', colour: 'blue' },
      extraRules: [{ ...telegramRule, hosts: ['telegram.org', 'https://t.me'] }],
    };
    const { problems } = check(draft);
    expect(problems).toEqual(parseManagedSettings(draft).problems);
    expect(problems).toEqual([
      { path: 'organisation.colour', expected: 'expected a colour like "#004b87"', found: '"blue"' },
      expect.objectContaining({ path: 'extraRules[0].hosts[1]', found: '"https://t.me"' }),
    ]);
  });

  it('also reports what only the whole policy shows (a duplicate rule id)', () => {
    const { problems } = check({ extraRules: [telegramRule, telegramRule] });
    expect(problems).toEqual([
      { path: 'extraRules[1].id', expected: 'an id used by one rule only', found: '"telegram"' },
    ]);
  });

  it('puts a problem at its field, or at the nearest enclosing one the form shows', () => {
    const shown = new Set(['extraRules', 'extraRules[0]', 'extraRules[0].hosts', 'modeByRule']);
    expect(fieldOfProblem('extraRules[0].hosts', shown)).toBe('extraRules[0].hosts');
    expect(fieldOfProblem('extraRules[0].hosts[1]', shown)).toBe('extraRules[0].hosts');
    expect(fieldOfProblem('modeByRule.Zoom!', shown)).toBe('modeByRule');
    expect(fieldOfProblem('unknownSetting', shown)).toBeUndefined();
  });
});

describe('the preview', () => {
  const draft = {
    profile: 'nrw',
    mode: 'acknowledge',
    organisation: { name: 'Amt für Beispiele' },
    extraRules: [telegramRule],
  };

  it('resolves the notice as a visit would, with the organisation and the configured mode', () => {
    const model = previewModel(check(draft).policy, 'telegram', 'configured')!;
    expect(model).toMatchObject({
      toolId: 'telegram',
      mode: 'acknowledge',
      demo: false,
      organisation: { name: 'Amt für Beispiele' },
    });
  });

  it('shows each notice on request: the banner, the dialogs and the block page', () => {
    const { policy: effective } = check(draft);
    expect(previewModel(effective, 'telegram', 'inform')).toMatchObject({
      mode: 'inform',
      dismissible: true,
    });
    expect(previewModel(effective, 'telegram', 'block')).toMatchObject({ mode: 'block', dismissible: false });
  });

  it('shows nothing for an excepted tool', () => {
    const { policy: effective } = check({ ...draft, exceptions: { rules: ['telegram'] } });
    expect(previewModel(effective, 'telegram', 'configured')).toBeUndefined();
  });
});

describe('export', () => {
  const files = exportAll();
  const chromeKey = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy`;
  const edgeKey = chromeKey.replace('Google\\Chrome', 'Microsoft\\Edge');

  // Every generated policy also names the settings it sets, so one the browser discards can be named.
  const written = withConfiguredSettings(policy);

  it('writes every artefact', () => {
    expect(files.map((f) => f.id)).toEqual([
      'chrome-linux',
      'edge-linux',
      'chrome-reg',
      'edge-reg',
      'firefox-policies',
      'chrome-mobileconfig',
      'edge-mobileconfig',
      'firefox-mobileconfig',
      'intune-chrome',
      'intune-edge',
    ]);
  });

  it('Linux JSON for Chrome and Edge carries exactly the policy under 3rdparty.extensions', () => {
    for (const id of ['chrome-linux', 'edge-linux'] as const) {
      const json = JSON.parse(artefact(files, id)) as Record<string, unknown>;
      expect(json).toEqual({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: written } } });
    }
  });

  it('adds the forced installation only when an update URL is given, and an Edge id of its own', () => {
    const withInstall = exportAll(policy, { updateUrl: 'https://intranet.example/u.xml', edgeId: 'edgeid' });
    const edge = JSON.parse(artefact(withInstall, 'edge-linux')) as Record<string, Record<string, unknown>>;
    expect(edge.ExtensionSettings).toEqual({
      edgeid: {
        installation_mode: 'force_installed',
        update_url: 'https://intranet.example/u.xml',
        override_update_url: true,
      },
    });
    expect(edge['3rdparty']).toEqual({ extensions: { edgeid: written } });
  });

  it('.reg files, read the way Chrome converts registry values, give exactly the policy', () => {
    const chrome = parseReg(artefact(files, 'chrome-reg'));
    expect([...chrome.keys()]).toEqual([chromeKey]);
    expect(asChromeReadsIt(chrome.get(chromeKey)!)).toEqual(written);
    const edge = parseReg(artefact(files, 'edge-reg'));
    expect([...edge.keys()]).toEqual([edgeKey]);
    expect(asChromeReadsIt(edge.get(edgeKey)!)).toEqual(written);
    expect(artefact(files, 'chrome-reg')).not.toContain('policy/examples');
  });

  it('Firefox policies.json carries exactly the policy under 3rdparty.Extensions', () => {
    const json = JSON.parse(artefact(files, 'firefox-policies')) as { policies: Record<string, unknown> };
    expect(json.policies).toEqual({ '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: written } } });
  });

  it('configuration profiles for Chrome and Edge carry the policy in their preference domain', () => {
    for (const [id, domain] of [
      ['chrome-mobileconfig', `com.google.Chrome.extensions.${CHROMIUM_EXTENSION_ID}`],
      ['edge-mobileconfig', `com.microsoft.Edge.extensions.${CHROMIUM_EXTENSION_ID}`],
    ] as const) {
      const text = artefact(files, id);
      expect(wellFormedRoot(text)).toBe('plist');
      const profile = parsePlist(text) as { PayloadContent: Array<Record<string, unknown>> };
      expect(profile.PayloadContent).toHaveLength(1);
      const payload = profile.PayloadContent[0]!;
      expect(payload.PayloadType).toBe(domain);
      const settings = Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload')));
      expect(settings).toEqual(written);
    }
  });

  it("the Firefox profile sets org.mozilla.firefox's policies, enabled, with the policy under 3rdparty.Extensions", () => {
    const text = artefact(files, 'firefox-mobileconfig');
    expect(wellFormedRoot(text)).toBe('plist');
    const profile = parsePlist(text) as { PayloadContent: Array<Record<string, unknown>> };
    const payload = profile.PayloadContent[0] as {
      PayloadType: string;
      PayloadContent: Record<string, { Forced: Array<{ mcx_preference_settings: Record<string, unknown> }> }>;
    };
    expect(payload.PayloadType).toBe('com.apple.ManagedClient.preferences');
    expect(payload.PayloadContent['org.mozilla.firefox']!.Forced[0]!.mcx_preference_settings).toEqual({
      EnterprisePoliciesEnabled: true,
      '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: written } },
    });
  });

  it('gives every configuration profile fresh, valid, distinct UUIDs on each export', () => {
    const uuids = (list: Artefact[]) =>
      ['chrome-mobileconfig', 'edge-mobileconfig', 'firefox-mobileconfig'].flatMap((id) =>
        [
          ...artefact(list, id as ArtefactId).matchAll(
            /<key>PayloadUUID<\/key>\s*<string>([^<]*)<\/string>/g,
          ),
        ].map((m) => m[1]!),
      );
    const first = uuids(files);
    const second = uuids(exportAll());
    expect(first).toHaveLength(6);
    for (const uuid of [...first, ...second])
      expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(new Set([...first, ...second]).size).toBe(12);
  });

  it('Intune (Chrome): one OMA-URI per setting for the ingested ADMX, whose values are the policy', () => {
    const csv = artefact(files, 'intune-chrome').trimEnd().split('\r\n');
    expect(csv[0]).toBe('Name,OMA-URI,Data type,Value');
    const admx = read(`${TEMPLATE_DIR}/intune/leitplanke-chrome.admx`);
    const infos = settingInfos();
    const read_: Record<string, unknown> = {};
    for (const line of csv.slice(1)) {
      const [, uri, type, value] = /^[^,]+,([^,]+),(String),"?(.*?)"?$/.exec(line)!;
      expect(type).toBe('String');
      const [, policyName] = /\/(Chrome_\w+)$/.exec(uri!)!;
      expect(uri).toBe(
        `./Device/Vendor/MSFT/Policy/Config/${DEFAULT_INGEST_NAME}~Policy~Leitplanke~Leitplanke_Chrome/${policyName}`,
      );
      // The policy exists in the ingested ADMX, under the category the URI names.
      expect(admx).toMatch(
        new RegExp(`<policy name="${policyName}"[^>]*>\\s*<parentCategory ref="Leitplanke_Chrome" />`),
      );
      const key = policyName!.replace(/^Chrome_/, '');
      const info = infos.find((i) => i.key === key)!;
      const cell = value!.replace(/""/g, '"');
      if (info.kind.kind === 'boolean') read_[key] = cell === '<enabled/>';
      else {
        const [, data] = new RegExp(`^<enabled/><data id="${key}" value="(.*)"/>$`).exec(cell)!;
        const text = data!
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        read_[key] =
          info.kind.kind === 'json' ? JSON.parse(text) : info.kind.kind === 'integer' ? Number(text) : text;
      }
    }
    expect(read_).toEqual(written);
    expect(admx).toContain(
      '<category name="Leitplanke_Chrome" displayName="$(string.Leitplanke_Chrome)"><parentCategory ref="Leitplanke" /></category>',
    );
  });

  it("Intune (Edge, R16): a PowerShell script that writes exactly the policy to Edge's key only", () => {
    const ps1 = artefact(files, 'intune-edge');
    expect(asChromeReadsIt(parsePowerShellValues(ps1))).toEqual(written);
    expect(ps1).toContain(
      `'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy'`,
    );
    expect(ps1).not.toContain('Google\\Chrome\\3rdparty');
  });
});

describe('import', () => {
  it('reads back every exported format to the same settings', () => {
    const files = exportAll();
    for (const id of [
      'chrome-linux',
      'edge-linux',
      'chrome-reg',
      'edge-reg',
      'firefox-policies',
      'chrome-mobileconfig',
      'edge-mobileconfig',
      'firefox-mobileconfig',
    ] as const) {
      const result = importPolicy(artefact(files, id));
      expect(result, id).toMatchObject({ ok: true, settings: policy });
    }
  });

  it('reads the checked-in templates to the organisation example', () => {
    for (const path of [
      'leitplanke.reg',
      'leitplanke.mobileconfig',
      'leitplanke-firefox.mobileconfig',
      'leitplanke-settings.plist',
      'chromium-linux.json',
      'firefox-policies.json',
    ]) {
      const result = importPolicy(read(`${TEMPLATE_DIR}/${path}`));
      expect(result, path).toMatchObject({ ok: true, settings: example });
    }
    // Objects and lists given as JSON text become structures the form edits.
    expect(importPolicy(read('policy/examples/firefox-json-strings.json'))).toMatchObject({
      ok: true,
      settings: example,
    });
  });

  it('reads a .reg file as regedit saves it: UTF-16 with a byte-order mark', () => {
    const text = `\uFEFF${artefact(exportAll(), 'chrome-reg')}`;
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(importPolicy(decodeTextFile(bytes))).toMatchObject({
      ok: true,
      format: 'registry',
      settings: policy,
    });
  });

  it('says why a file holds no Leitplanke policy', () => {
    expect(
      importPolicy('Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]\r\n'),
    ).toEqual({
      ok: false,
      error: expect.stringContaining('3rdparty\\extensions\\<id>\\policy'),
    });
    expect(importPolicy('{"3rdparty": {"Extensions": {}}}')).toEqual({
      ok: false,
      error: expect.stringContaining('"Extensions" with a capital E is Firefox\'s spelling'),
    });
    expect(importPolicy('<plist version="1.0"><array/></plist>')).toEqual({
      ok: false,
      error: 'property list: expected a <dict> at the top',
    });
  });
});
