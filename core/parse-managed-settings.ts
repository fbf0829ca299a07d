/**
 * Validates what the browser delivers as managed storage. Admin input is
 * untrusted: each value is checked on its own, a wrong one is reported
 * precisely and ignored, and the valid rest applies.
 */
import type { z } from 'zod';
import { formatPath } from './format-path';
import { describeValue, ManagedSettings, type ManagedKey, type SettingProblem } from './managed-settings';

export interface ParsedManagedSettings {
  settings: ManagedSettings;
  problems: SettingProblem[];
}

const shape = ManagedSettings.shape;
const keys = Object.keys(shape) as ManagedKey[];
/** Settings whose items are checked one by one, so one bad item does not cost the others. */
const listKeys = new Set<ManagedKey>(['alternatives', 'extraRules']);

function unwrap(schema: z.ZodType): z.ZodType {
  // `.partial()` wraps every field in ZodOptional.
  return (schema as z.ZodOptional<z.ZodType>).unwrap();
}

function problemsFrom(error: z.ZodError, prefix: string, value: unknown): SettingProblem[] {
  return error.issues.map((issue) => {
    let found: unknown = value;
    for (const key of issue.path) found = (found as Record<PropertyKey, unknown> | undefined)?.[key as string];
    const path = formatPath([prefix, ...issue.path].filter((p) => p !== ''));
    return { path, expected: issue.message, found: describeValue(found) };
  });
}

/**
 * Firefox's policies.json (and some registry tools) deliver objects and
 * arrays as JSON strings: accept both forms.
 */
function decodeJsonString(key: ManagedKey, value: unknown, problems: SettingProblem[]): unknown {
  if (typeof value !== 'string') return value;
  const inner = unwrap(shape[key]);
  const wantsStructure = ['object', 'array', 'record'].includes(inner.def.type);
  if (!wantsStructure) return value;
  try {
    return JSON.parse(value);
  } catch {
    problems.push({ path: key, expected: 'an object or list (as JSON if given as text)', found: describeValue(value) });
    return undefined;
  }
}

function parseList(key: 'alternatives' | 'extraRules', value: unknown, problems: SettingProblem[]): unknown[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ path: key, expected: 'a list', found: describeValue(value) });
    return undefined;
  }
  const list = unwrap(shape[key]) as z.ZodArray<z.ZodType>;
  // The schema's `.max()`; enforced here by truncation so the first entries still apply.
  const max = (list._zod.bag as { maximum?: number }).maximum ?? Infinity;
  const items = value.slice(0, max);
  if (items.length < value.length) {
    problems.push({ path: key, expected: `at most ${max} entries; the first ${max} apply`, found: `${value.length} entries` });
  }
  const valid: unknown[] = [];
  items.forEach((item, i) => {
    const result = list.element.safeParse(item);
    if (result.success) valid.push(result.data);
    else problems.push(...problemsFrom(result.error, `${key}[${i}]`, item));
  });
  return valid;
}

export function parseManagedSettings(raw: unknown): ParsedManagedSettings {
  const problems: SettingProblem[] = [];
  if (raw === undefined || raw === null) return { settings: {}, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: {}, problems: [{ path: '(all settings)', expected: 'an object of settings', found: describeValue(raw) }] };
  }
  const settings: Record<string, unknown> = {};
  for (const [key, rawValue] of Object.entries(raw)) {
    if (!keys.includes(key as ManagedKey)) {
      problems.push({ path: key, expected: `a known setting (${keys.join(', ')})`, found: 'an unknown setting' });
      continue;
    }
    const k = key as ManagedKey;
    const value = decodeJsonString(k, rawValue, problems);
    if (value === undefined) continue;
    if (listKeys.has(k)) {
      const valid = parseList(k as 'alternatives' | 'extraRules', value, problems);
      if (valid) settings[k] = valid;
      continue;
    }
    const result = unwrap(shape[k]).safeParse(value);
    if (result.success) settings[k] = result.data;
    else problems.push(...problemsFrom(result.error, k, value));
  }
  return { settings: settings as ManagedSettings, problems };
}
