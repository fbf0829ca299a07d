/**
 * Chrome's rules for an extension's `storage.managed_schema` (R1–R8; parser
 * in chromium components/policy/core/common/schema.cc). Chrome ignores
 * unknown keywords in extension schemas, so `default` or `format` look
 * enforced but are not; a look-ahead in a pattern makes the whole schema
 * invalid and every setting is lost.
 */
import { type ArtefactFinding, finding } from './artefact-finding';

type Node = Record<string, unknown>;

const COMMON = ['description', 'id', 'sensitiveValue', 'title', 'type'];
const KEYWORDS: Record<string, string[]> = {
  array: [...COMMON, 'items'],
  boolean: COMMON,
  integer: [...COMMON, 'enum', 'minimum', 'maximum'],
  number: COMMON,
  object: [...COMMON, 'properties', 'additionalProperties', 'patternProperties', 'required'],
  string: [...COMMON, 'enum', 'pattern'],
};
const REF_KEYWORDS = ['$ref', 'description', 'title'];

/** JavaScript accepts these, RE2 (Chrome's engine) does not: look-arounds and back-references. */
const NOT_RE2 = /\(\?<?[=!]|\\[1-9]/;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateManagedSchema(schema: unknown): ArtefactFinding[] {
  const out: ArtefactFinding[] = [];
  if (!isNode(schema)) return [finding('R1', 'error', 'the schema must be an object')];
  if ('$ref' in schema) out.push(finding('R2', 'error', 'the main schema cannot be a $ref'));
  if (schema.type !== 'object')
    out.push(finding('R1', 'error', 'the top-level schema must be type "object"'));
  for (const key of ['additionalProperties', 'patternProperties'])
    if (key in schema) out.push(finding('R1', 'error', `the top-level schema may not have ${key}`));

  const ids = new Map<string, string>();
  const refs: Array<[string, string]> = [];
  const visit = (node: unknown, path: string, inList: boolean) => {
    if (!isNode(node)) {
      out.push(finding('R2', 'error', `${path}: a schema must be an object`));
      return;
    }
    if ('$ref' in node) {
      if ('type' in node) out.push(finding('R2', 'error', `${path}: has both "type" and "$ref"`));
      if ('id' in node) out.push(finding('R2', 'error', `${path}: a $ref may not carry an id`));
      for (const key of Object.keys(node))
        if (!REF_KEYWORDS.includes(key))
          out.push(finding('R4', 'warning', `${path}: "${key}" beside $ref is ignored by Chrome`));
      refs.push([path, String(node.$ref)]);
      return;
    }
    const type = node.type;
    if (typeof type !== 'string' || !KEYWORDS[type]) {
      out.push(
        finding(
          'R3',
          'error',
          `${path}: type must be one of ${Object.keys(KEYWORDS).join(', ')} (found ${JSON.stringify(type)})`,
        ),
      );
      return;
    }
    const allowed = KEYWORDS[type];
    if (typeof node.id === 'string') {
      if (ids.has(node.id))
        out.push(finding('R2', 'error', `${path}: duplicated id "${node.id}" (also at ${ids.get(node.id)})`));
      ids.set(node.id, path);
    }
    for (const key of Object.keys(node))
      if (!allowed.includes(key))
        out.push(
          finding(
            'R4',
            'warning',
            `${path}: "${key}" is not enforced by Chrome for type ${type} (check it in the extension)`,
          ),
        );
    if (type === 'number' && ('minimum' in node || 'maximum' in node))
      out.push(finding('R5', 'error', `${path}: only integers can have minimum and maximum`));
    const restrictions = ['enum', 'pattern', 'minimum'].filter((k) => k in node && allowed.includes(k));
    if (restrictions.length > 1)
      out.push(
        finding(
          'R5',
          'warning',
          `${path}: Chrome honours only one of ${restrictions.join(', ')} (enum, then pattern, then range)`,
        ),
      );
    if ('enum' in node && allowed.includes('enum')) {
      const values = node.enum;
      const itemType = type === 'integer' ? 'number' : 'string';
      if (
        !Array.isArray(values) ||
        values.length === 0 ||
        values.some((v) => typeof v !== itemType || (type === 'integer' && !Number.isInteger(v)))
      )
        out.push(finding('R7', 'error', `${path}: enum must be a non-empty list of ${type} values`));
    }
    if (typeof node.pattern === 'string') {
      if (NOT_RE2.test(node.pattern))
        out.push(
          finding(
            'R6',
            'error',
            `${path}: pattern ${node.pattern} is not RE2 (look-around or back-reference); Chrome won't load the schema`,
          ),
        );
      else if (!node.pattern.startsWith('^') || !node.pattern.endsWith('$'))
        out.push(
          finding(
            'R6',
            'warning',
            `${path}: pattern ${node.pattern} is matched partially; anchor it with ^…$`,
          ),
        );
    }
    if (inList && ['enum', 'pattern', 'minimum', 'maximum', 'required'].some((k) => k in node))
      out.push(
        finding(
          'R8',
          'warning',
          `${path}: a restriction inside a list entry: one bad entry makes Chrome discard the whole setting`,
        ),
      );
    if (type === 'array') {
      if (!isNode(node.items))
        out.push(finding('R7', 'error', `${path}: an array must declare its items as one schema`));
      else visit(node.items, `${path}[]`, true);
    }
    if (type === 'object') {
      const properties = isNode(node.properties) ? node.properties : {};
      for (const [key, child] of Object.entries(properties))
        visit(child, path ? `${path}.${key}` : key, inList);
      if (isNode(node.additionalProperties)) visit(node.additionalProperties, `${path}.*`, inList);
      else if ('additionalProperties' in node && path !== '')
        out.push(
          finding(
            'R4',
            'error',
            `${path}: additionalProperties must be a schema (Chrome rejects true/false)`,
          ),
        );
      if (isNode(node.patternProperties)) {
        for (const [pattern, child] of Object.entries(node.patternProperties)) {
          if (NOT_RE2.test(pattern))
            out.push(finding('R6', 'error', `${path}: patternProperties key ${pattern} is not RE2`));
          visit(child, `${path}.<${pattern}>`, inList);
        }
      }
      if ('required' in node) {
        const required = node.required;
        if (!Array.isArray(required) || required.some((r) => typeof r !== 'string' || !(r in properties)))
          out.push(finding('R7', 'error', `${path}: required may only name declared properties`));
      }
    }
  };
  visit(schema, '', false);
  for (const [path, ref] of refs)
    if (!ids.has(ref)) out.push(finding('R2', 'error', `${path}: invalid $ref "${ref}"`));
  return out;
}
