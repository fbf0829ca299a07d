/**
 * Validates what the browser delivers as managed storage. Admin input is
 * untrusted: each value is checked on its own — lists and maps item by item —
 * a wrong one is reported precisely and ignored, and the valid rest applies.
 */
import type { z } from 'zod';
import { formatPath } from './format-path';
import { discardedSettings, isSettingName } from './configured-settings';
import { describeValue, ManagedSettings, type ManagedKey, type SettingProblem } from './managed-settings';

export interface ParsedManagedSettings {
  settings: ManagedSettings;
  problems: SettingProblem[];
}

const shape = ManagedSettings.shape;
const keys = Object.keys(shape) as ManagedKey[];

function unwrap(schema: z.ZodType): z.ZodType {
  // `.partial()` wraps every field in ZodOptional; `.optional()` fields inside objects too.
  return schema instanceof Object && 'unwrap' in schema && schema.def.type === 'optional'
    ? (schema as z.ZodOptional<z.ZodType>).unwrap()
    : schema;
}

function problemsFrom(error: z.ZodError, prefix: string, value: unknown): SettingProblem[] {
  // A value of the wrong type says it all: zod's further checks on it (e.g. a list's length
  // applied to a text) would only confuse.
  const wrongType = new Set(
    error.issues.filter((i) => i.code === 'invalid_type').map((i) => JSON.stringify(i.path)),
  );
  const issues = error.issues.filter(
    (i) => i.code === 'invalid_type' || !wrongType.has(JSON.stringify(i.path)),
  );
  return issues.map((issue) => {
    let found: unknown = value;
    for (const key of issue.path)
      found = (found as Record<PropertyKey, unknown> | undefined)?.[key as string];
    return {
      path: formatPath([prefix, ...issue.path]),
      expected: issue.message,
      found: describeValue(found),
    };
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Firefox's policies.json (and some registry tools) deliver objects and
 * arrays as JSON strings: accept both forms.
 */
function decodeJsonString(key: ManagedKey, value: unknown, problems: SettingProblem[]): unknown {
  if (typeof value !== 'string') return value;
  const wantsStructure = ['object', 'array', 'record'].includes(unwrap(shape[key]).def.type);
  if (!wantsStructure) return value;
  try {
    return JSON.parse(value);
  } catch {
    problems.push({
      path: key,
      expected: 'an object or list (as JSON if given as text)',
      found: describeValue(value),
    });
    return undefined;
  }
}

/** A list, item by item; beyond the schema's maximum the first entries apply. */
function parseItems(
  path: string,
  value: unknown,
  schema: z.ZodType,
  problems: SettingProblem[],
): unknown[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ path, expected: 'a list', found: describeValue(value) });
    return undefined;
  }
  const list = unwrap(schema) as z.ZodArray<z.ZodType>;
  const max = (list._zod.bag as { maximum?: number }).maximum ?? Infinity;
  if (value.length > max) {
    problems.push({
      path,
      expected: `at most ${max} entries; the first ${max} apply`,
      found: `${value.length} entries`,
    });
  }
  const valid: unknown[] = [];
  value.slice(0, max).forEach((item, i) => {
    const result = list.element.safeParse(item);
    if (result.success) valid.push(result.data);
    else problems.push(...problemsFrom(result.error, `${path}[${i}]`, item));
  });
  return valid;
}

/** A map such as `modeByRule`, entry by entry. */
function parseEntries(path: string, value: unknown, schema: z.ZodType, problems: SettingProblem[]) {
  if (!isPlainObject(value)) {
    problems.push({ path, expected: 'an object', found: describeValue(value) });
    return undefined;
  }
  const record = unwrap(schema) as unknown as { def: { keyType: z.ZodType; valueType: z.ZodType } };
  const valid: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const k = record.def.keyType.safeParse(key);
    if (!k.success) {
      problems.push({
        path: `${path}.${key}`,
        expected: k.error.issues[0]!.message,
        found: describeValue(key),
      });
      continue;
    }
    const v = record.def.valueType.safeParse(entry);
    if (v.success) valid[key] = v.data;
    else problems.push(...problemsFrom(v.error, `${path}.${key}`, entry));
  }
  return valid;
}

/** `exceptions`: each host and rule id on its own, so one bad host does not void the others. */
function parseExceptions(value: unknown, problems: SettingProblem[]) {
  if (!isPlainObject(value)) {
    problems.push({
      path: 'exceptions',
      expected: 'an object with "hosts" and/or "rules"',
      found: describeValue(value),
    });
    return undefined;
  }
  const fields = (unwrap(shape.exceptions) as z.ZodObject).shape as Record<string, z.ZodType>;
  const valid: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const schema = fields[key];
    if (!schema) {
      problems.push({
        path: `exceptions.${key}`,
        expected: 'a known field (hosts, rules)',
        found: 'an unknown field',
      });
      continue;
    }
    const items = parseItems(`exceptions.${key}`, entry, schema, problems);
    if (items) valid[key] = items;
  }
  return valid;
}

export function parseManagedSettings(raw: unknown): ParsedManagedSettings {
  const problems: SettingProblem[] = [];
  if (raw === undefined || raw === null) return { settings: {}, problems };
  if (!isPlainObject(raw)) {
    return {
      settings: {},
      problems: [{ path: '(all settings)', expected: 'an object of settings', found: describeValue(raw) }],
    };
  }
  const settings: Record<string, unknown> = {};
  for (const [key, rawValue] of Object.entries(raw)) {
    if (!keys.includes(key as ManagedKey)) {
      problems.push({
        path: key,
        expected: `a known setting (${keys.join(', ')})`,
        found: 'an unknown setting',
      });
      continue;
    }
    const k = key as ManagedKey;
    const value = decodeJsonString(k, rawValue, problems);
    if (value === undefined) continue;
    let parsed: unknown;
    if (k === 'alternatives' || k === 'extraRules') parsed = parseItems(k, value, shape[k], problems);
    else if (k === 'configuredSettings') parsed = parseConfiguredSettings(value, problems);
    else if (k === 'modeByRule' || k === 'modeByStatus') parsed = parseEntries(k, value, shape[k], problems);
    else if (k === 'exceptions') parsed = parseExceptions(value, problems);
    else {
      const result = unwrap(shape[k]).safeParse(value);
      if (result.success) parsed = result.data;
      else problems.push(...problemsFrom(result.error, k, value));
    }
    if (parsed !== undefined) settings[k] = parsed;
  }
  if (settings.configuredSettings)
    problems.push(...discardedSettings(raw, settings.configuredSettings as string[]));
  return { settings: settings as ManagedSettings, problems };
}

/** `configuredSettings`: names of settings; an unknown name is reported and skipped. */
function parseConfiguredSettings(value: unknown, problems: SettingProblem[]): string[] | undefined {
  const items = parseItems('configuredSettings', value, shape.configuredSettings, problems) as
    string[] | undefined;
  return items?.filter((name, i) => {
    if (isSettingName(name)) return true;
    problems.push({
      path: `configuredSettings[${i}]`,
      expected: 'the name of a setting',
      found: describeValue(name),
    });
    return false;
  });
}
