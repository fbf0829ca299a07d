/**
 * Small readers for the generated admin formats (XML, property lists, .reg,
 * Chrome's reading of registry values), independent of the generator: the
 * template tests and the policy editor's export tests read files back with them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { JsonSchemaNode } from '../../core/admin/admin-templates';

const managedSchema = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/managed_schema.json'), 'utf8'),
) as JsonSchemaNode;

/** Checks that tags nest and close, with one root element; returns the root's name. */
export function wellFormedRoot(xmlText: string): string {
  const body = xmlText
    .replace(/^<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  expect(body).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
  const stack: string[] = [];
  const roots: string[] = [];
  for (const [, close, name, selfClose] of body.matchAll(/<(\/?)([A-Za-z][\w.:-]*)(?:\s+[^<>]*?)?(\/?)>/g)) {
    if (close) {
      expect(stack.pop()).toBe(name);
    } else {
      if (stack.length === 0) roots.push(name!);
      if (!selfClose) stack.push(name!);
    }
  }
  expect(stack).toEqual([]);
  expect(roots).toHaveLength(1);
  return roots[0]!;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A minimal property-list reader: dict, array, string, integer, true, false. */
export function parsePlist(text: string): unknown {
  const body = text
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const tokens = [...body.matchAll(/<(\/?)([A-Za-z]+)(?:\s[^<>]*?)?(\/?)>|([^<]+)/g)]
    .map(([, close, name, self, text]) => ({ close: !!close, name, self: !!self, text }))
    .filter((token) => token.text === undefined || token.text.trim() !== '');
  let i = 0;
  const next = () => tokens[i++]!;
  const expectClose = (name: string) => expect(next()).toMatchObject({ close: true, name });
  const value = (): unknown => {
    const open = next();
    if (open.self) return { true: true, false: false, dict: {}, array: [], string: '' }[open.name!];
    switch (open.name) {
      case 'dict': {
        const dict: Record<string, unknown> = {};
        while (!tokens[i]!.close) {
          expect(next()).toMatchObject({ name: 'key', close: false });
          const key = decodeXml(next().text!);
          expectClose('key');
          dict[key] = value();
        }
        expectClose('dict');
        return dict;
      }
      case 'array': {
        const list: unknown[] = [];
        while (!tokens[i]!.close) list.push(value());
        expectClose('array');
        return list;
      }
      case 'string': {
        const content = tokens[i]!.text !== undefined ? decodeXml(next().text!) : '';
        expectClose('string');
        return content;
      }
      case 'integer': {
        const n = Number(next().text);
        expectClose('integer');
        return n;
      }
      default:
        throw new Error(`unexpected <${open.name}>`);
    }
  };
  expect(next()).toMatchObject({ name: 'plist' });
  const result = value();
  expectClose('plist');
  return result;
}

/** Reads a .reg file into key → value name → REG_SZ text or REG_DWORD number. */
export function parseReg(text: string): Map<string, Map<string, string | number>> {
  const keys = new Map<string, Map<string, string | number>>();
  let current: Map<string, string | number> | undefined;
  for (const line of text.split('\r\n')) {
    if (line === '' || line.startsWith(';') || line === 'Windows Registry Editor Version 5.00') continue;
    const section = /^\[(-?)(.+)\]$/.exec(line);
    if (section) {
      if (section[1]) {
        keys.delete(section[2]!);
        current = undefined;
      } else keys.set(section[2]!, (current = new Map()));
      continue;
    }
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    const sz = /^"([^"]+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (dword) current!.set(dword[1]!, parseInt(dword[2]!, 16));
    else if (sz) current!.set(sz[1]!, sz[2]!.replace(/\\(.)/g, '$1'));
    else throw new Error(`unreadable .reg line: ${line}`);
  }
  return keys;
}

/** What Chrome makes of registry values, given the managed schema (registry_dict.cc, ConvertRegistryValue). */
export function asChromeReadsIt(values: Map<string, string | number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of values) {
    const type = managedSchema.properties?.[name]?.type;
    if (type === 'object' || type === 'array') out[name] = JSON.parse(value as string);
    else if (type === 'boolean') out[name] = value !== 0;
    else out[name] = value;
  }
  return out;
}

/** The registry values the PowerShell script writes: its `$strings` (REG_SZ) and `$dwords` (REG_DWORD) tables. */
export function parsePowerShellValues(ps1: string): Map<string, string | number> {
  const values = new Map<string, string | number>();
  for (const [, name, text] of ps1.matchAll(/^ {2}'(\w+)' = '((?:[^']|'')*)'\r$/gm))
    values.set(name!, text!.replace(/''/g, "'"));
  for (const [, name, n] of ps1.matchAll(/^ {2}'(\w+)' = (\d+)\r$/gm)) values.set(name!, Number(n));
  return values;
}
