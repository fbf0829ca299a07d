/**
 * A reader for Windows registry export files (.reg, as regedit writes them
 * and as the templates are): keys, REG_SZ strings and REG_DWORD numbers —
 * the value types Chrome and Edge read (R10). Pure.
 */
export type RegistryValues = Map<string, string | number>;

/** Text of a .reg file as saved by regedit (UTF-16 with BOM) or by hand (UTF-8). */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Key path → value name → value. A `[-key]` line deletes what was read for that key before. */
export function parseRegFile(text: string): Map<string, RegistryValues> {
  const keys = new Map<string, RegistryValues>();
  let current: RegistryValues | undefined;
  // Long values may be continued with a trailing backslash.
  const lines = text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (
      line === '' ||
      line.startsWith(';') ||
      /^(Windows Registry Editor Version 5\.00|REGEDIT4)$/.test(line)
    )
      return;
    const section = /^\[(-?)(.+)\]$/.exec(line);
    if (section) {
      const key = section[2]!;
      if (section[1]) {
        keys.delete(key.toLowerCase());
        current = undefined;
      } else {
        current = keys.get(key.toLowerCase()) ?? new Map();
        keys.set(key.toLowerCase(), current);
      }
      return;
    }
    const dword = /^"((?:[^"\\]|\\.)+)"=dword:([0-9a-fA-F]{1,8})$/.exec(line);
    const sz = /^"((?:[^"\\]|\\.)+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (!current) throw new Error(`line ${index + 1}: a value outside of a [key]`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    if (dword) current.set(unescape(dword[1]!), parseInt(dword[2]!, 16));
    else if (sz) current.set(unescape(sz[1]!), unescape(sz[2]!));
    else
      throw new Error(
        `line ${index + 1}: only text (REG_SZ) and dword values are read: ${line.slice(0, 80)}`,
      );
  });
  return keys;
}
