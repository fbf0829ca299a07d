/**
 * Opens an existing policy in the editor: the settings themselves, a
 * Chrome/Edge policy file, Firefox's policies.json, a .reg file, a
 * configuration profile (.mobileconfig) or a settings .plist. The settings
 * come back as the browser would hand them to the extension; the editor then
 * validates them like the extension does.
 */
import { extractSettingsFromPolicyFile } from '../settings/extract-settings-from-policy-file';
import { settingInfos } from './admin-templates';
import { parsePlist, type PlistValue } from './plist';
import { parseRegFile } from './registry-file';

export type ImportFormat = 'settings' | 'chromium' | 'firefox' | 'registry' | 'mobileconfig' | 'plist';

export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      settings: Record<string, unknown>;
      extensionId?: string;
      notes: string[];
    }
  | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects and lists given as JSON text (registry, some Firefox policies) become structures the form can edit. */
function decodeStructures(settings: Record<string, unknown>): Record<string, unknown> {
  const structured = new Set(
    settingInfos()
      .filter((i) => i.kind.kind === 'json')
      .map((i) => i.key as string),
  );
  return Object.fromEntries(
    Object.entries(settings).map(([key, value]) => {
      if (!structured.has(key) || typeof value !== 'string') return [key, value];
      try {
        return [key, JSON.parse(value) as unknown];
      } catch {
        // Left as text: the validation names it.
        return [key, value];
      }
    }),
  );
}

const booleanKeys = () =>
  new Set(
    settingInfos()
      .filter((i) => i.kind.kind === 'boolean')
      .map((i) => i.key as string),
  );

function fromRegistry(text: string): ImportResult {
  let keys;
  try {
    keys = parseRegFile(text);
  } catch (error) {
    return { ok: false, error: `.reg: ${(error as Error).message}` };
  }
  const found = [...keys].flatMap(([path, values]) => {
    const match =
      /\\software\\policies\\(google\\chrome|microsoft\\edge)\\3rdparty\\extensions\\([^\\]+)\\policy$/.exec(
        path,
      );
    return match ? [{ id: match[2]!, browser: match[1]!, values }] : [];
  });
  const first = found[0];
  if (!first)
    return {
      ok: false,
      error:
        '.reg: no key …\\Software\\Policies\\Google\\Chrome (or Microsoft\\Edge)\\3rdparty\\extensions\\<id>\\policy',
    };
  // Chrome reads DWORDs as yes/no where the schema says boolean.
  const booleans = booleanKeys();
  const settings = Object.fromEntries(
    [...first.values].map(([name, value]) => [
      name,
      booleans.has(name) && typeof value === 'number' ? value !== 0 : value,
    ]),
  );
  const notes =
    found.length > 1
      ? [
          `The file sets ${found.length} keys; the editor opened the first (${first.browser.replace('\\', ' ')}, ${first.id}).`,
        ]
      : [];
  return { ok: true, format: 'registry', settings: decodeStructures(settings), extensionId: first.id, notes };
}

function withoutPayloadKeys(dict: Record<string, PlistValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(dict).filter(([key]) => !key.startsWith('Payload')));
}

function fromFirefoxPreferences(preferences: Record<string, unknown>, format: ImportFormat): ImportResult {
  // On a Mac the policies sit beside the switch that enables them.
  const policies = Object.fromEntries(
    Object.entries(preferences).filter(([k]) => k !== 'EnterprisePoliciesEnabled'),
  );
  const extracted = extractSettingsFromPolicyFile({ policies });
  if (!extracted.ok) return { ok: false, error: extracted.error };
  return {
    ok: true,
    format,
    settings: decodeStructures(extracted.raw as Record<string, unknown>),
    ...(extracted.extensionId ? { extensionId: extracted.extensionId } : {}),
    notes: extracted.notes,
  };
}

function fromPlist(text: string): ImportResult {
  let root: PlistValue;
  try {
    root = parsePlist(text);
  } catch (error) {
    return { ok: false, error: `property list: ${(error as Error).message}` };
  }
  if (!isRecord(root)) return { ok: false, error: 'property list: expected a <dict> at the top' };
  const dict = root as Record<string, PlistValue>;
  if (!Array.isArray(dict.PayloadContent)) {
    // A bare preference file: Firefox's org.mozilla.firefox.plist or the extension's settings.
    if ('EnterprisePoliciesEnabled' in dict) return fromFirefoxPreferences(dict, 'plist');
    return { ok: true, format: 'plist', settings: decodeStructures(withoutPayloadKeys(dict)), notes: [] };
  }
  for (const payload of dict.PayloadContent) {
    if (!isRecord(payload)) continue;
    const p = payload as Record<string, PlistValue>;
    const type = typeof p.PayloadType === 'string' ? p.PayloadType : '';
    const chromium = /^com\.(google\.Chrome|microsoft\.Edge)\.extensions\.(.+)$/.exec(type);
    if (chromium) {
      return {
        ok: true,
        format: 'mobileconfig',
        settings: decodeStructures(withoutPayloadKeys(p)),
        extensionId: chromium[2]!,
        notes: [],
      };
    }
    if (type === 'com.apple.ManagedClient.preferences' && isRecord(p.PayloadContent)) {
      const firefox = (p.PayloadContent as Record<string, PlistValue>)['org.mozilla.firefox'];
      const forced = isRecord(firefox) ? (firefox as Record<string, PlistValue>).Forced : undefined;
      const first = Array.isArray(forced) ? forced[0] : undefined;
      const preferences = isRecord(first)
        ? (first as Record<string, PlistValue>).mcx_preference_settings
        : undefined;
      if (isRecord(preferences)) return fromFirefoxPreferences(preferences, 'mobileconfig');
    }
  }
  return {
    ok: false,
    error:
      '.mobileconfig: no payload for com.google.Chrome.extensions.<id>, com.microsoft.Edge.extensions.<id> or org.mozilla.firefox',
  };
}

function fromJson(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
  const extracted = extractSettingsFromPolicyFile(json);
  if (!extracted.ok) return { ok: false, error: extracted.error };
  return {
    ok: true,
    format: extracted.shape,
    settings: decodeStructures(extracted.raw as Record<string, unknown>),
    ...(extracted.extensionId ? { extensionId: extracted.extensionId } : {}),
    notes: extracted.notes,
  };
}

/** Reads a policy file's text; the format is recognised from its content, not its name. */
export function importPolicy(text: string): ImportResult {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^(Windows Registry Editor Version 5\.00|REGEDIT4)/.test(start)) return fromRegistry(start);
  if (start.startsWith('<')) return fromPlist(start);
  return fromJson(start);
}
