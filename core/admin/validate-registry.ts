/**
 * Windows registry artefacts for Chrome and Edge (R9–R11; reader in
 * chromium components/policy/core/common/registry_dict.cc): the policy key
 * per browser and extension ID, only REG_SZ, REG_EXPAND_SZ and REG_DWORD are
 * read (REG_MULTI_SZ and REG_QWORD are ignored), a list is a subkey with
 * values 1…n or one JSON text, and names are case-insensitive.
 */
import { type ArtefactFinding, finding } from './artefact-finding';

const POLICY_KEY =
  /^(HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER|HKLM:?|HKCU:?)\\SOFTWARE\\Policies\\(Google\\Chrome|Microsoft\\Edge)\\3rdparty\\extensions\\[a-p]{32}\\policy(\\.+)?$/i;

interface RegValue {
  name: string;
  type: 'string' | 'dword' | 'expand' | 'multi' | 'qword' | 'other';
  text: string;
}

function valueType(data: string): RegValue['type'] {
  if (data.startsWith('"')) return 'string';
  if (/^dword:/i.test(data)) return 'dword';
  if (/^hex\(2\):/i.test(data)) return 'expand';
  if (/^hex\(7\):/i.test(data)) return 'multi';
  if (/^hex\(b\):/i.test(data)) return 'qword';
  return 'other';
}

function unquote(data: string): string {
  return data.slice(1, -1).replace(/\\(["\\])/g, '$1');
}

/** Checks one value's data as Chrome will read it. */
function checkValue(key: string, value: RegValue, out: ArtefactFinding[]): void {
  const where = `${key}: "${value.name}"`;
  if (value.type === 'multi' || value.type === 'qword')
    out.push(
      finding(
        'R10',
        'error',
        `${where} is ${value.type === 'multi' ? 'REG_MULTI_SZ' : 'REG_QWORD'}, which Chrome ignores (use REG_SZ with JSON text, or a subkey with values 1…n)`,
      ),
    );
  else if (value.type === 'other')
    out.push(finding('R10', 'error', `${where} has a value type Chrome does not read`));
  else if (value.type === 'string' && /^\s*[[{]/.test(value.text)) {
    try {
      JSON.parse(value.text);
    } catch {
      out.push(finding('R10', 'error', `${where} looks like a JSON list or object but is not valid JSON`));
    }
  }
}

function checkKeys(keys: Map<string, RegValue[]>, out: ArtefactFinding[]): void {
  const seen = new Map<string, string>();
  for (const [key, values] of keys) {
    if (key.startsWith('-')) continue;
    if (!POLICY_KEY.test(key))
      out.push(
        finding(
          'R9',
          'error',
          `${key} is not a 3rdparty extension policy key (…\\3rdparty\\extensions\\<id>\\policy)`,
        ),
      );
    const lower = key.toLowerCase();
    if (seen.has(lower) && seen.get(lower) !== key)
      out.push(
        finding(
          'R11',
          'error',
          `${key} and ${seen.get(lower)} differ only by case; Chrome reads them as one`,
        ),
      );
    seen.set(lower, key);
    const names = new Map<string, string>();
    for (const value of values) {
      const name = value.name.toLowerCase();
      if (names.has(name) && names.get(name) !== value.name)
        out.push(
          finding('R11', 'error', `${key}: "${value.name}" and "${names.get(name)}" differ only by case`),
        );
      names.set(name, value.name);
      checkValue(key, value, out);
    }
    // A list as a subkey: values named 1, 2, … without gaps.
    const numbered = values.map((v) => v.name).filter((n) => /^\d+$/.test(n));
    if (numbered.length > 0) {
      const sorted = numbered.map(Number).sort((a, b) => a - b);
      if (sorted.some((n, i) => n !== i + 1))
        out.push(
          finding('R10', 'error', `${key}: list values must be named 1…${numbered.length} without gaps`),
        );
    }
  }
}

/** A `.reg` file (Windows Registry Editor Version 5.00). */
export function validateRegFile(text: string): ArtefactFinding[] {
  const out: ArtefactFinding[] = [];
  const keys = new Map<string, RegValue[]>();
  let current: RegValue[] | undefined;
  // Continuation lines (`\` at the end) belong to the value before.
  const lines = text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/);
  if (!/^Windows Registry Editor Version 5\.00$/.test(lines[0]?.replace(/^\uFEFF/, '') ?? ''))
    out.push(finding('R10', 'error', 'a .reg file starts with "Windows Registry Editor Version 5.00"'));
  for (const line of lines.slice(1)) {
    if (line.trim() === '' || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = [];
      keys.set(section[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line);
    if (!value || !current) {
      out.push(finding('R10', 'error', `cannot read the line ${JSON.stringify(line.slice(0, 80))}`));
      continue;
    }
    const data = value[2]!;
    const type = valueType(data);
    current.push({ name: value[1]!, type, text: type === 'string' ? unquote(data) : data });
  }
  checkKeys(keys, out);
  return out;
}

/** A PowerShell script that writes the values (as leitplanke.ps1 does). */
export function validatePowerShell(text: string): ArtefactFinding[] {
  const out: ArtefactFinding[] = [];
  for (const match of text.matchAll(/-PropertyType\s+(\w+)/g)) {
    const type = match[1]!.toLowerCase();
    if (!['string', 'expandstring', 'dword'].includes(type))
      out.push(
        finding(
          'R10',
          'error',
          `-PropertyType ${match[1]} is not read by Chrome (String, ExpandString or DWord only)`,
        ),
      );
  }
  for (const match of text.matchAll(/'(HKLM|HKCU):\\([^']+)'/g)) {
    const key = `${match[1]}:\\${match[2]}`;
    if (/3rdparty/i.test(key) && !POLICY_KEY.test(key))
      out.push(finding('R9', 'error', `${key} is not a 3rdparty extension policy key`));
  }
  return out;
}
