/**
 * `npm run policy:check -- FILE`: finds Leitplanke's settings in a file an
 * admin wrote and reports exactly the problems the extension's
 * "Richtlinien-Diagnose" would show for them. Pure: the script reads the
 * file and the bundled catalogue and prints what this module returns.
 *
 * Accepted shapes:
 * - the settings themselves: `{ "profile": "nrw", … }`
 * - a Chromium/Chrome/Edge policy file (Linux `…/policies/managed/*.json`):
 *   `{ "3rdparty": { "extensions": { "<extension id>": { … } } } }`
 * - Firefox's policies.json:
 *   `{ "policies": { "3rdparty": { "Extensions": { "<add-on id>": { … } } } } }`
 */
import { buildEffectivePolicy } from './effective-policy';
import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '../extension-ids';
import { ManagedSettings, type ManagedKey, type SettingProblem } from './managed-settings';
import { parseManagedSettings } from './parse-managed-settings';
import type { Catalogue } from '../catalogue/policy-schema';

export type PolicyFileShape = 'settings' | 'chromium' | 'firefox';

export const SHAPE_NAMES: Record<PolicyFileShape, string> = {
  settings: 'settings object',
  chromium: 'Chrome/Chromium/Edge policy file',
  firefox: 'Firefox policies.json',
};

export type ExtractedSettings =
  | {
      ok: true;
      shape: PolicyFileShape;
      /** The extension or add-on id the settings were found under (not for a bare settings object). */
      extensionId?: string;
      /** The settings as the browser would hand them to the extension: not yet validated. */
      raw: unknown;
      /** Hints that are not problems of the settings themselves. */
      notes: string[];
    }
  | { ok: false; error: string };

export interface ExtractOptions {
  /** The id to read settings for; default: Leitplanke's published Chromium ID or Firefox add-on id. */
  extensionId?: string;
}

const SETTING_KEYS: ReadonlySet<string> = new Set(Object.keys(ManagedSettings.shape));

const EXPECTED_SHAPES =
  'expected one of: a settings object such as {"profile": "nrw", "mode": "acknowledge"}; ' +
  'a Chrome/Chromium/Edge policy file {"3rdparty": {"extensions": {"<extension id>": {…}}}}; ' +
  'or a Firefox policies.json {"policies": {"3rdparty": {"Extensions": {"<add-on id>": {…}}}}}';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function listKeys(record: Record<string, unknown>): string {
  const keys = Object.keys(record);
  return keys.length === 0 ? 'none' : keys.map((k) => JSON.stringify(k)).join(', ');
}

/** Picks the entry for Leitplanke among the extensions a policy file configures. */
function pickExtension(
  entries: Record<string, unknown>,
  publishedId: string,
  where: string,
  options: ExtractOptions,
): { id: string; value: unknown; notes: string[] } | { error: string } {
  const wanted = options.extensionId ?? publishedId;
  if (Object.hasOwn(entries, wanted)) return { id: wanted, value: entries[wanted], notes: [] };
  const ids = Object.keys(entries);
  if (options.extensionId === undefined && ids.length === 1) {
    const [id] = ids as [string];
    return {
      id,
      value: entries[id],
      notes: [
        `The settings are for ${id}, not for Leitplanke's published id ${publishedId}. ` +
          `That is right only if your organisation signs its own build (then pass --id ${id}); ` +
          'otherwise the browser never hands these settings to Leitplanke.',
      ],
    };
  }
  return {
    error: `${where} has no entry for ${wanted} (found: ${listKeys(entries)}). Pass --id to choose another id.`,
  };
}

function fromChromium(thirdParty: unknown, options: ExtractOptions): ExtractedSettings {
  if (!isRecord(thirdParty))
    return { ok: false, error: `"3rdparty" must be an object, found ${kindOf(thirdParty)}` };
  if (!Object.hasOwn(thirdParty, 'extensions')) {
    const hint = Object.hasOwn(thirdParty, 'Extensions')
      ? ' "Extensions" with a capital E is Firefox\'s spelling; Chrome, Chromium and Edge read only "extensions".'
      : '';
    return {
      ok: false,
      error: `"3rdparty" has no "extensions" object (found keys: ${listKeys(thirdParty)}).${hint}`,
    };
  }
  const extensions = thirdParty.extensions;
  if (!isRecord(extensions))
    return { ok: false, error: `"3rdparty.extensions" must be an object, found ${kindOf(extensions)}` };
  const picked = pickExtension(extensions, CHROMIUM_EXTENSION_ID, '"3rdparty.extensions"', options);
  if ('error' in picked) return { ok: false, error: picked.error };
  if (!isRecord(picked.value)) {
    return {
      ok: false,
      error: `"3rdparty.extensions.${picked.id}" must be an object of settings, found ${kindOf(picked.value)}`,
    };
  }
  return { ok: true, shape: 'chromium', extensionId: picked.id, raw: picked.value, notes: picked.notes };
}

function fromFirefox(policies: unknown, options: ExtractOptions): ExtractedSettings {
  if (!isRecord(policies))
    return { ok: false, error: `"policies" must be an object, found ${kindOf(policies)}` };
  const thirdParty = policies['3rdparty'];
  if (thirdParty === undefined) {
    return {
      ok: false,
      error: `"policies" has no "3rdparty" section (found keys: ${listKeys(policies)}), so it sets nothing for Leitplanke`,
    };
  }
  if (!isRecord(thirdParty))
    return { ok: false, error: `"policies.3rdparty" must be an object, found ${kindOf(thirdParty)}` };
  if (!Object.hasOwn(thirdParty, 'Extensions')) {
    const hint = Object.hasOwn(thirdParty, 'extensions')
      ? ' Firefox reads "Extensions" with a capital E ("extensions" is Chrome\'s spelling).'
      : '';
    return {
      ok: false,
      error: `"policies.3rdparty" has no "Extensions" object (found keys: ${listKeys(thirdParty)}).${hint}`,
    };
  }
  const extensions = thirdParty.Extensions;
  if (!isRecord(extensions))
    return {
      ok: false,
      error: `"policies.3rdparty.Extensions" must be an object, found ${kindOf(extensions)}`,
    };
  const picked = pickExtension(extensions, FIREFOX_ADDON_ID, '"policies.3rdparty.Extensions"', options);
  if ('error' in picked) return { ok: false, error: picked.error };
  let value = picked.value;
  // Firefox accepts an add-on's whole settings as one JSON text, too.
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { ok: false, error: `"policies.3rdparty.Extensions.${picked.id}" is text but not JSON` };
    }
  }
  if (!isRecord(value)) {
    return {
      ok: false,
      error: `"policies.3rdparty.Extensions.${picked.id}" must be an object of settings, found ${kindOf(value)}`,
    };
  }
  return { ok: true, shape: 'firefox', extensionId: picked.id, raw: value, notes: picked.notes };
}

/** Finds the settings in a parsed policy file, or says why it cannot. */
export function extractSettingsFromPolicyFile(
  json: unknown,
  options: ExtractOptions = {},
): ExtractedSettings {
  if (!isRecord(json)) return { ok: false, error: `found ${kindOf(json)}; ${EXPECTED_SHAPES}` };
  if (Object.hasOwn(json, 'policies')) return fromFirefox(json.policies, options);
  if (Object.hasOwn(json, '3rdparty')) return fromChromium(json['3rdparty'], options);
  const keys = Object.keys(json);
  if (keys.length === 0 || keys.some((k) => SETTING_KEYS.has(k))) {
    return { ok: true, shape: 'settings', raw: json, notes: [] };
  }
  return { ok: false, error: `no Leitplanke setting found (keys: ${listKeys(json)}); ${EXPECTED_SHAPES}` };
}

export interface CheckOptions extends ExtractOptions {
  /** Shown in the report. */
  fileName: string;
  /** The catalogue the extension bundles (extra rules and exceptions are checked against it). */
  catalogue: Catalogue;
  /** YYYY-MM-DD. */
  today: string;
}

export interface CheckResult {
  /** 0: the settings apply as written; 1: problems, or no settings found. */
  exitCode: 0 | 1;
  problems: SettingProblem[];
  /** The report, one line per entry. */
  lines: string[];
}

function formatProblem(problem: SettingProblem): string[] {
  return [`  ${problem.path}`, `    expected: ${problem.expected}`, `    found:    ${problem.found}`];
}

/**
 * Validates a policy file's text exactly as the extension validates what the
 * browser delivers, and reports what its diagnostics page would list.
 */
export function checkPolicyFile(text: string, options: CheckOptions): CheckResult {
  const fail = (message: string): CheckResult => ({
    exitCode: 1,
    problems: [],
    lines: [`${options.fileName}: ${message}`],
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  const extracted = extractSettingsFromPolicyFile(json, options);
  if (!extracted.ok) return fail(extracted.error);

  const managed = parseManagedSettings(extracted.raw);
  const policy = buildEffectivePolicy({
    catalogue: options.catalogue,
    managed,
    user: {},
    browserLanguage: 'de',
    today: options.today,
  });
  const problems = policy.problems;
  const where = extracted.extensionId
    ? `${SHAPE_NAMES[extracted.shape]}, settings for ${extracted.extensionId}`
    : SHAPE_NAMES[extracted.shape];
  const lines = [`${options.fileName} (${where})`];
  for (const note of extracted.notes) lines.push(`note: ${note}`);

  // configuredSettings is a check on the others, not a setting that applies.
  const applied = (Object.keys(policy.settings) as ManagedKey[]).filter((k) => k !== 'configuredSettings');
  const appliedLine =
    applied.length === 0
      ? 'No setting applies: the bundled defaults stay.'
      : `${applied.length} setting(s) apply: ${applied.join(', ')}.`;
  if (problems.length === 0) {
    lines.push(`No problems. ${appliedLine}`);
    if (policy.organisationRuleIds.size > 0)
      lines.push(`Extra rules: ${[...policy.organisationRuleIds].join(', ')}.`);
    return { exitCode: 0, problems, lines };
  }
  lines.push(
    `${problems.length} problem(s). Leitplanke ignores these values and applies the rest; its diagnostics page lists the same:`,
  );
  for (const problem of problems) lines.push(...formatProblem(problem));
  lines.push(appliedLine);
  return { exitCode: 1, problems, lines };
}
