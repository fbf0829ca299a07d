/**
 * A small reader for XML property lists (.plist, .mobileconfig): dict, array,
 * string, integer, real, true, false, date and data (the last two as text).
 * Pure, so imports work in a page opened from a file and in unit tests.
 */
export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

interface Token {
  close: boolean;
  name?: string;
  self: boolean;
  text?: string;
}

/** Parses the plist; throws an Error naming what it could not read. */
export function parsePlist(text: string): PlistValue {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const tokens: Token[] = [...body.matchAll(/<(\/?)([A-Za-z]+)(?:\s[^<>]*?)?(\/?)>|([^<]+)/g)]
    .map(([, close, name, self, content]) =>
      content !== undefined
        ? { close: false, self: false, text: content }
        : { close: !!close, name: name!, self: !!self },
    )
    .filter((token) => token.text === undefined || token.text.trim() !== '');
  let i = 0;
  const next = (): Token => {
    const token = tokens[i++];
    if (!token) throw new Error('the property list ends too early');
    return token;
  };
  const close = (name: string) => {
    const token = next();
    if (!token.close || token.name !== name) throw new Error(`expected </${name}>`);
  };
  const textUntil = (name: string): string => {
    const token = tokens[i];
    const content = token && token.text !== undefined ? decodeXml(next().text!) : '';
    close(name);
    return content;
  };
  const value = (): PlistValue => {
    const open = next();
    if (open.text !== undefined || open.close) throw new Error('expected a value element');
    if (open.self) {
      const empty: Record<string, PlistValue> = { true: true, false: false, dict: {}, array: [], string: '' };
      if (!(open.name! in empty)) throw new Error(`unexpected <${open.name}/>`);
      return empty[open.name!]!;
    }
    switch (open.name) {
      case 'dict': {
        const dict: Record<string, PlistValue> = {};
        while (!tokens[i]?.close) {
          const key = next();
          if (key.name !== 'key') throw new Error('expected <key> in <dict>');
          const name = textUntil('key');
          // defineProperty: a key such as "__proto__" stays a plain key.
          Object.defineProperty(dict, name, {
            value: value(),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        close('dict');
        return dict;
      }
      case 'array': {
        const list: PlistValue[] = [];
        while (!tokens[i]?.close) list.push(value());
        close('array');
        return list;
      }
      case 'string':
      case 'date':
      case 'data':
        return textUntil(open.name);
      case 'integer':
      case 'real': {
        const n = Number(textUntil(open.name));
        if (!Number.isFinite(n)) throw new Error(`<${open.name}> is not a number`);
        return n;
      }
      default:
        throw new Error(`unexpected <${open.name}>`);
    }
  };
  const root = next();
  if (root.name !== 'plist' || root.close) throw new Error('not a property list (no <plist>)');
  const result = value();
  close('plist');
  return result;
}
