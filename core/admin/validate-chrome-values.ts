/**
 * What Chrome and Edge do to a 3rdparty extension policy before the
 * extension sees it: `Schema::Normalize` with `SCHEMA_ALLOW_UNKNOWN`
 * (chromium components/policy/core/common/schema.cc), re-stated here so
 * `policy:check` can say offline what the browser would discard.
 *
 * - An unknown property, at any depth, is dropped silently; the rest stays.
 * - A value of the wrong type (an integer passes for a number), a missing
 *   required property, a failed enum/pattern/range — anywhere inside a
 *   setting, even in one list entry — makes the WHOLE top-level setting
 *   invalid: the browser drops it and the extension never hears of it.
 *
 * Verified in Chromium 156 with machine policy in
 * /etc/chromium/policies/managed/: three extraRules, the second with
 * `"reasons": "a single text"` → no extraRules at all in storage.managed;
 * `organisation.color` (unknown) → removed, `organisation.name` kept.
 */
import type { JsonSchemaNode } from './admin-templates';

export interface ChromeDiscard {
  /** The top-level setting the browser drops. */
  setting: string;
  /** Where inside it the first error is, e.g. `['extraRules', 1, 'reasons']`. */
  path: Array<string | number>;
  /** What the schema wanted there, in plain words. */
  expected: string;
  found: string;
}

export interface ChromeNormalised {
  /** What the extension would receive. */
  value: Record<string, unknown>;
  discarded: ChromeDiscard[];
  /** Unknown properties the browser removes silently (dotted paths). */
  removed: string[];
}

type Failure = { path: Array<string | number>; expected: string; found: string };

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'an object',
  string: 'a text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'yes/no (true or false)',
};

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function foundName(value: unknown): string {
  const type = jsonType(value);
  return type === 'null' ? 'null' : (TYPE_NAMES[type] ?? type);
}

/** The schemas that apply to a property, in Chrome's order: declared, patterns, else additional. */
function matching(schema: JsonSchemaNode, key: string): JsonSchemaNode[] {
  const out: JsonSchemaNode[] = [];
  if (schema.properties?.[key]) out.push(schema.properties[key]);
  const patterns = (schema.patternProperties ?? {}) as Record<string, JsonSchemaNode>;
  for (const [pattern, sub] of Object.entries(patterns)) if (new RegExp(pattern).test(key)) out.push(sub);
  if (out.length === 0 && typeof schema.additionalProperties === 'object')
    out.push(schema.additionalProperties);
  return out;
}

/** Normalises in place (drops unknown keys); returns the first failure, if any. */
function normalise(
  schema: JsonSchemaNode,
  value: unknown,
  path: Array<string | number>,
  removed: string[],
): Failure | undefined {
  const type = jsonType(value);
  const typeOk = type === schema.type || (type === 'integer' && schema.type === 'number');
  if (!typeOk)
    return { path, expected: TYPE_NAMES[schema.type ?? ''] ?? String(schema.type), found: foundName(value) };
  if (type === 'object') {
    const dict = value as Record<string, unknown>;
    for (const key of Object.keys(dict)) {
      const subs = matching(schema, key);
      if (subs.length === 0) {
        removed.push([...path, key].join('.'));
        delete dict[key];
        continue;
      }
      for (const sub of subs) {
        const failure = normalise(sub, dict[key], [...path, key], removed);
        if (failure) return failure;
      }
    }
    for (const key of schema.required ?? [])
      if (!(key in dict)) return { path: [...path, key], expected: 'a value (required)', found: 'nothing' };
  } else if (type === 'array') {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      const failure = normalise(schema.items ?? {}, list[i], [...path, i], removed);
      if (failure) return failure;
    }
  } else if (type === 'string' || type === 'integer') {
    // One restriction per node: enum, else pattern, else range (schema.cc).
    if (Array.isArray(schema.enum)) {
      if (!schema.enum.includes(value))
        return { path, expected: `one of ${schema.enum.join(', ')}`, found: JSON.stringify(value) };
    } else if (type === 'string' && typeof schema.pattern === 'string') {
      if (!new RegExp(schema.pattern).test(value as string))
        return { path, expected: `text matching ${schema.pattern}`, found: JSON.stringify(value) };
    } else if (type === 'integer') {
      const n = value as number;
      if (
        (schema.minimum !== undefined && n < schema.minimum) ||
        (schema.maximum !== undefined && n > schema.maximum)
      )
        return {
          path,
          expected: `a whole number from ${schema.minimum ?? '…'} to ${schema.maximum ?? '…'}`,
          found: String(n),
        };
    }
  }
  return undefined;
}

/** What the browser keeps of these raw settings under this managed_schema.json. */
export function chromeNormalise(schema: JsonSchemaNode, raw: Record<string, unknown>): ChromeNormalised {
  const value = structuredClone(raw);
  const discarded: ChromeDiscard[] = [];
  const removed: string[] = [];
  for (const key of Object.keys(value)) {
    const sub = schema.properties?.[key];
    if (!sub) {
      removed.push(key);
      delete value[key];
      continue;
    }
    const failure = normalise(sub, value[key], [key], removed);
    if (failure) {
      discarded.push({ setting: key, ...failure });
      delete value[key];
    }
  }
  return { value, discarded, removed };
}

/** "entry 2, reasons": the place inside a setting, as an admin counts. */
export function describeInnerPath(path: ReadonlyArray<string | number>): string {
  return path
    .slice(1)
    .map((part) => (typeof part === 'number' ? `entry ${part + 1}` : part))
    .join(', ');
}

/** "extraRules was discarded by the browser: entry 2, reasons, expected a list" */
export function describeDiscard(discard: ChromeDiscard): string {
  const where = describeInnerPath(discard.path);
  return `${discard.setting} was discarded by the browser: ${where ? `${where}, ` : ''}expected ${discard.expected}`;
}
