/**
 * The policy editor's form, derived from the one managed-settings schema
 * (core/settings/managed-settings.ts via its JSON Schema): one field per
 * setting, nested editors for objects, lists and maps. Nothing here names a
 * setting, so a new key in the schema gets its field without a change here.
 */
import type { ManagedKey } from '../settings/managed-settings';
import {
  type JsonSchemaNode,
  SETTING_TEXTS,
  settingInfos,
  settingsJsonSchema,
  VALUE_NAMES,
} from './admin-templates';

type Lang = 'de' | 'en';

export type FormNode =
  | { kind: 'enum'; values: string[]; names?: Record<string, Record<Lang, string>>; default?: unknown }
  | { kind: 'boolean'; default?: unknown }
  | { kind: 'integer'; minimum?: number; maximum?: number; default?: unknown }
  | { kind: 'string'; format?: 'email' | 'uri'; maxLength?: number; multiline: boolean }
  | { kind: 'object'; fields: FormChild[] }
  | { kind: 'list'; item: FormNode; minItems?: number; maxItems?: number }
  | { kind: 'map'; key: FormNode; value: FormNode }
  /** What no editor above can present (e.g. a union): edited as labelled, validated JSON text. */
  | { kind: 'json' };

export interface FormChild {
  key: string;
  required: boolean;
  /** The schema's English description of this field, where it has one. */
  description?: string;
  node: FormNode;
}

export interface FormField {
  key: ManagedKey;
  label: Record<Lang, string>;
  help: Record<Lang, string>;
  /** What applies when the setting is left empty. */
  unset: Record<Lang, string>;
  node: FormNode;
}

/** Texts longer than this get a text area. */
const MULTILINE_FROM = 200;

export function formNode(schema: JsonSchemaNode, names?: Record<string, Record<Lang, string>>): FormNode {
  const fallback = (): FormNode => ({ kind: 'json' });
  const withDefault = schema.default !== undefined ? { default: schema.default } : {};
  switch (schema.type) {
    case 'string':
      if (Array.isArray(schema.enum))
        return { kind: 'enum', values: schema.enum.map(String), ...(names ? { names } : {}), ...withDefault };
      return {
        kind: 'string',
        ...(schema.format === 'email' || schema.format === 'uri' ? { format: schema.format } : {}),
        ...(schema.maxLength !== undefined ? { maxLength: schema.maxLength } : {}),
        multiline: (schema.maxLength ?? 0) >= MULTILINE_FROM,
      };
    case 'boolean':
      return { kind: 'boolean', ...withDefault };
    case 'integer':
      return {
        kind: 'integer',
        ...(schema.minimum !== undefined ? { minimum: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { maximum: schema.maximum } : {}),
        ...withDefault,
      };
    case 'array':
      if (!schema.items) return fallback();
      return {
        kind: 'list',
        item: formNode(schema.items),
        ...(schema.minItems !== undefined ? { minItems: schema.minItems } : {}),
        ...(schema.maxItems !== undefined ? { maxItems: schema.maxItems } : {}),
      };
    case 'object': {
      if (schema.properties) {
        const required = new Set(schema.required ?? []);
        return {
          kind: 'object',
          fields: Object.entries(schema.properties).map(([key, child]) => ({
            key,
            required: required.has(key),
            ...(child.description ? { description: child.description } : {}),
            node: formNode(child),
          })),
        };
      }
      if (typeof schema.additionalProperties === 'object') {
        return {
          kind: 'map',
          key: schema.propertyNames ? formNode(schema.propertyNames) : { kind: 'string', multiline: false },
          value: formNode(schema.additionalProperties),
        };
      }
      return fallback();
    }
    default:
      return fallback();
  }
}

/** Every managed setting as a form field, in the schema's order. */
export function formFields(source: JsonSchemaNode = settingsJsonSchema()): FormField[] {
  return settingInfos(source).map((info) => {
    const text = SETTING_TEXTS[info.key];
    return {
      key: info.key,
      label: text.label,
      help: { de: text.de, en: info.description },
      unset: text.unset,
      node: formNode(info.schema, VALUE_NAMES[info.key]),
    };
  });
}

/** An empty value for a new list item or map entry: objects get their required fields, empty. */
export function emptyValue(node: FormNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(
        node.fields.filter((f) => f.required).map((f) => [f.key, emptyValue(f.node)]),
      );
    case 'list':
      return Array.from({ length: node.minItems ?? 0 }, () => emptyValue(node.item));
    case 'map':
      return {};
    case 'enum':
      return node.values[0];
    case 'boolean':
      return false;
    case 'integer':
      return node.minimum ?? 0;
    default:
      return '';
  }
}
