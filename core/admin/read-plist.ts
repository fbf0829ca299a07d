/**
 * Reads an XML property list (.plist, .mobileconfig) into plain values: the
 * element types configuration profiles use. Throws on anything else.
 */
export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function readPlist(text: string): PlistValue {
  const tokens = [
    ...text
      .replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, '')
      .matchAll(/<(\/?)(\w+)(?:\s[^>]*?)?(\/?)>|([^<]+)/g),
  ];
  let i = 0;
  const next = () => tokens[i++];
  const skipSpace = () => {
    while (i < tokens.length && tokens[i]![4] !== undefined && tokens[i]![4]!.trim() === '') i++;
  };
  const textUntil = (name: string): string => {
    let out = '';
    for (let t = next(); t; t = next()) {
      if (t[1] === '/' && t[2] === name) return unescape(out);
      if (t[4] === undefined) throw new Error(`plist: unexpected <${t[2]}> inside <${name}>`);
      out += t[4];
    }
    throw new Error(`plist: <${name}> is not closed`);
  };
  const value = (): PlistValue => {
    skipSpace();
    const t = next();
    if (!t || t[4] !== undefined || t[1] === '/') throw new Error('plist: expected a value');
    const name = t[2]!;
    const empty = t[3] === '/';
    switch (name) {
      case 'true':
      case 'false':
        if (!empty) textUntil(name);
        return name === 'true';
      case 'string':
      case 'date':
      case 'data':
        return empty ? '' : textUntil(name);
      case 'integer':
      case 'real':
        return Number(textUntil(name));
      case 'array': {
        const list: PlistValue[] = [];
        if (empty) return list;
        for (;;) {
          skipSpace();
          if (tokens[i]?.[1] === '/' && tokens[i]?.[2] === 'array') return (i++, list);
          list.push(value());
        }
      }
      case 'dict': {
        const dict: Record<string, PlistValue> = {};
        if (empty) return dict;
        for (;;) {
          skipSpace();
          const k = next();
          if (k?.[1] === '/' && k[2] === 'dict') return dict;
          if (k?.[2] !== 'key') throw new Error('plist: expected <key> in <dict>');
          const key = textUntil('key');
          if (Object.hasOwn(dict, key)) throw new Error(`plist: key "${key}" twice in one dict`);
          dict[key] = value();
        }
      }
      default:
        throw new Error(`plist: unsupported element <${name}>`);
    }
  };
  skipSpace();
  const head = next();
  if (head?.[2] !== 'plist') throw new Error('plist: no <plist> element');
  return value();
}
