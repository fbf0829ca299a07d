/**
 * macOS configuration profiles (R18–R20): the payload types are the
 * browsers' preference domains for the extension (Chrome
 * `com.google.Chrome.extensions.<id>`, Edge `com.microsoft.Edge.extensions.<id>`;
 * Firefox `org.mozilla.firefox` with EnterprisePoliciesEnabled and
 * 3rdparty → Extensions → <id>), values are written as they are (no
 * `{"Value": …}` wrapper, which belongs to the Google Admin console's upload
 * format), every PayloadUUID a real, unique UUID and every
 * PayloadIdentifier reverse-DNS. Whether a Mac applies the profile cannot be
 * tested here (docs/admin.md says so).
 */
import { type ArtefactFinding, finding } from './artefact-finding';
import { parsePlist as readPlist, type PlistValue } from './plist';
import { ManagedSettings } from '../settings/managed-settings';

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
/** Placeholders seen in published templates: valid hex, but shared by everyone who copies them. */
const PLACEHOLDER =
  /^(0{8}-0{4}-0{4}-0{4}-0{12}|A1B2C3D4-E5F6-7890-ABCD-EF1234567890|12345678-1234-1234-1234-123456789012)$/i;
const REVERSE_DNS = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const CHROMIUM_DOMAIN = /^(com\.google\.Chrome|com\.microsoft\.Edge)\.extensions\.(.*)$/;
const SETTING_KEYS = new Set(Object.keys(ManagedSettings.shape));
const PAYLOAD_KEYS = /^Payload/;

type Dict = Record<string, PlistValue>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkSettings(where: string, settings: Dict, out: ArtefactFinding[]): void {
  for (const [key, value] of Object.entries(settings)) {
    if (PAYLOAD_KEYS.test(key)) continue;
    if (!SETTING_KEYS.has(key))
      out.push(
        finding(
          'R18',
          'warning',
          `${where}: "${key}" is no Leitplanke setting; the browser reads only the schema's top-level keys`,
        ),
      );
    if (isDict(value) && Object.keys(value).length === 1 && 'Value' in value)
      out.push(
        finding(
          'R18',
          'error',
          `${where}: "${key}" is wrapped as {Value: …}; a profile carries the value itself`,
        ),
      );
  }
}

/** A `.mobileconfig`; `expectedIds` are the extension IDs the domains must name. */
export function validateMobileconfig(
  text: string,
  expectedIds: { chromium?: string; firefox?: string } = {},
): ArtefactFinding[] {
  const out: ArtefactFinding[] = [];
  let profile: PlistValue;
  try {
    profile = readPlist(text);
  } catch (error) {
    return [finding('R19', 'error', (error as Error).message)];
  }
  if (!isDict(profile)) return [finding('R19', 'error', 'the profile is not a dict')];
  const uuids = new Map<string, string>();
  const identifiers = new Map<string, string>();
  const checkPayload = (where: string, payload: Dict) => {
    const uuid = payload.PayloadUUID;
    if (typeof uuid !== 'string' || !UUID.test(uuid))
      out.push(
        finding(
          'R19',
          'error',
          `${where}: PayloadUUID ${JSON.stringify(uuid)} is not a UUID (8-4-4-4-12 hex digits)`,
        ),
      );
    else if (PLACEHOLDER.test(uuid))
      out.push(finding('R19', 'error', `${where}: PayloadUUID ${uuid} is a placeholder; generate one`));
    else if (uuids.has(uuid.toUpperCase()))
      out.push(
        finding(
          'R19',
          'error',
          `${where}: PayloadUUID ${uuid} is also used by ${uuids.get(uuid.toUpperCase())}`,
        ),
      );
    if (typeof uuid === 'string') uuids.set(uuid.toUpperCase(), where);
    const id = payload.PayloadIdentifier;
    if (typeof id !== 'string' || !REVERSE_DNS.test(id))
      out.push(
        finding(
          'R19',
          'error',
          `${where}: PayloadIdentifier ${JSON.stringify(id)} must be reverse-DNS (e.g. de.example.leitplanke)`,
        ),
      );
    else if (identifiers.has(id))
      out.push(
        finding('R19', 'error', `${where}: PayloadIdentifier ${id} is also used by ${identifiers.get(id)}`),
      );
    if (typeof id === 'string') identifiers.set(id, where);
  };
  checkPayload('profile', profile);
  if (profile.PayloadType !== 'Configuration')
    out.push(finding('R19', 'error', 'profile: PayloadType must be "Configuration"'));
  const content = profile.PayloadContent;
  if (!Array.isArray(content) || content.length === 0)
    return [...out, finding('R18', 'error', 'profile: PayloadContent has no payloads')];
  content.forEach((payload, i) => {
    const where = `payload ${i + 1}`;
    if (!isDict(payload)) {
      out.push(finding('R18', 'error', `${where}: not a dict`));
      return;
    }
    checkPayload(where, payload);
    const type = String(payload.PayloadType ?? '');
    const chromium = CHROMIUM_DOMAIN.exec(type);
    if (chromium) {
      if (!/^[a-p]{32}$/.test(chromium[2]!))
        out.push(
          finding(
            'R18',
            'error',
            `${where}: ${type} does not end in a Chrome/Edge extension ID (32 letters a–p)`,
          ),
        );
      else if (expectedIds.chromium && chromium[2] !== expectedIds.chromium)
        out.push(
          finding('R18', 'error', `${where}: ${type} names ${chromium[2]}, not ${expectedIds.chromium}`),
        );
      checkSettings(where, payload, out);
    } else if (type === 'org.mozilla.firefox') {
      if (payload.EnterprisePoliciesEnabled !== true)
        out.push(
          finding('R20', 'error', `${where}: org.mozilla.firefox needs EnterprisePoliciesEnabled = true`),
        );
      const third = payload['3rdparty'];
      const extensions = isDict(third) ? third.Extensions : undefined;
      if (isDict(third) && 'extensions' in third)
        out.push(finding('R20', 'error', `${where}: Firefox reads 3rdparty → Extensions with a capital E`));
      if (!isDict(extensions))
        out.push(finding('R20', 'error', `${where}: no 3rdparty → Extensions → <add-on id>`));
      else
        for (const [id, settings] of Object.entries(extensions)) {
          if (expectedIds.firefox && id !== expectedIds.firefox)
            out.push(finding('R20', 'error', `${where}: settings for ${id}, not ${expectedIds.firefox}`));
          if (isDict(settings)) checkSettings(`${where} (${id})`, settings, out);
        }
    } else if (/^(com\.google\.Chrome|com\.microsoft\.Edge)$/i.test(type)) {
      // The browser's own policies (e.g. ExtensionSettings for the force-install): fine.
    } else if (/chrome|edge|mozilla|firefox/i.test(type)) {
      out.push(
        finding(
          'R18',
          'error',
          `${where}: ${type} is no preference domain the browsers read for an extension (case-sensitive)`,
        ),
      );
    }
  });
  return out;
}

/** A bare settings `.plist` (for MDMs that take a domain plus a plist). */
export function validateSettingsPlist(text: string): ArtefactFinding[] {
  try {
    const settings = readPlist(text);
    if (!isDict(settings)) return [finding('R18', 'error', 'the plist is not a dict of settings')];
    const out: ArtefactFinding[] = [];
    checkSettings('plist', settings, out);
    return out;
  } catch (error) {
    return [finding('R18', 'error', (error as Error).message)];
  }
}
