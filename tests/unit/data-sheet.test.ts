/**
 * The data sheet cannot drift from the code: every storage access in the
 * extension's sources uses a key of core/storage-keys.ts, every such key is
 * described (in the area the code uses it in), nothing described is gone,
 * and docs/data-sheet.md is what the generator writes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as storageKeys from '../../core/storage-keys';
import { DATA_SHEET_DOC, dataSheet, dataSheetMarkdown } from '../../core/data-sheet/data-sheet';
import { HOST_PERMISSIONS, PERMISSIONS } from '../../core/data-sheet/permissions';
import { type StorageArea, STORED_ITEMS } from '../../core/data-sheet/stored-items';
import { builtExtensionDir } from '../../scripts/bench/budgets';

const root = resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['core', 'services', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** What each storage-keys export stands for: its value, or its pattern for a key function. */
function keyValues(): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [name, value] of Object.entries(storageKeys)) {
    if (typeof value === 'string') values.set(name, [value]);
    else if (typeof value === 'function') values.set(name, [(value as (p: string) => string)('<…>')]);
    else if (Array.isArray(value)) values.set(name, [...(value as string[])]);
  }
  return values;
}

/** `leitplanke:dismissed:<website>` and `…:<…>` describe the same key. */
const pattern = (key: string) => key.replace(/<[^>]*>(?:\/<[^>]*>)*/g, '<…>');
const described = new Map(STORED_ITEMS.map((item) => [pattern(item.key), item]));

const AREA_MARKERS: Array<[RegExp, StorageArea]> = [
  [/\bbrowser\.storage\.local\b/, 'storage.local'],
  [/\bbrowser\.storage\.session\b/, 'storage.session'],
  [/\bbrowser\.storage\.sync\b/, 'sync' as StorageArea],
  [/\bbrowser\.storage\.managed\b/, 'storage.managed'],
  [/\bsessionStorage\.\w|tabMemory\?*\.(get|set|remove)Item\(/, 'page sessionStorage'],
  [/\blocalStorage\.\w|siteMemory\?*\.(get|set|remove)Item\(/, 'page localStorage'],
];

/** Problems with one source file's storage use; empty when the data sheet covers it. */
export function storageProblems(file: string, source: string): string[] {
  const areas = AREA_MARKERS.filter(([marker]) => marker.test(source)).map(([, area]) => area);
  if (areas.length === 0) return [];
  const problems: string[] = [];
  if (areas.includes('sync' as StorageArea)) problems.push(`${file}: storage.sync is not in the data sheet`);
  if (/\bindexedDB\b|document\.cookie/.test(source))
    problems.push(`${file}: storage the data sheet does not know`);
  // A literal key would bypass storage-keys.ts: get('x'), set({ x: … }), set({ 'x': … }), remove('x'), setItem('x').
  const literal =
    /\.(get|remove|getItem|setItem|removeItem)\(\s*\[?\s*['"`]|\.set\(\s*\{\s*(?!\[|\.\.\.)[\w'"`]|\.set\(\s*\{[^}]*,\s*(?!\[|\.\.\.)[\w'"`]+\s*:/;
  if (literal.test(source))
    problems.push(`${file}: a storage key that is not a constant of core/storage-keys.ts`);
  // A key constant of the file's own (or another module's) would bypass storage-keys.ts just as well.
  if (/\bconst\s+\w*KEY\w*\s*=\s*['"`]/.test(source))
    problems.push(`${file}: a storage key defined outside core/storage-keys.ts`);
  const foreignKeys = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]*)['"]/g)].filter(
    (m) => !m[2]!.endsWith('storage-keys') && /\b[A-Z_]*_KEY\b/.test(m[1]!),
  );
  if (foreignKeys.length > 0)
    problems.push(`${file}: a storage key imported from ${foreignKeys[0]![2]}, not core/storage-keys.ts`);
  const values = keyValues();
  const imported = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]*storage-keys['"]/g)].flatMap(
    (m) => m[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!),
  );
  for (const name of imported.filter(Boolean)) {
    for (const key of values.get(name) ?? []) {
      const item = described.get(pattern(key));
      if (!item) problems.push(`${file}: key "${key}" (${name}) is not in the data sheet`);
      else if (!areas.includes(item.area))
        problems.push(`${file}: key "${key}" is described in ${item.area}, used in ${areas.join(', ')}`);
    }
  }
  return problems;
}

describe('the data sheet', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(root, dir)));

  it('describes every key the code stores, in the area it is stored in', () => {
    const accessing = files.filter((f) =>
      /browser\.storage\.|sessionStorage|localStorage|tabMemory|siteMemory/.test(readFileSync(f, 'utf8')),
    );
    expect(accessing.length).toBeGreaterThan(5);
    const problems = files.flatMap((f) => storageProblems(relative(root, f), readFileSync(f, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('fails for a key it does not describe, a literal key or a new storage area', () => {
    expect(storageProblems('x.ts', 'await browser.storage.local.set({ visits: list });')).toEqual([
      'x.ts: a storage key that is not a constant of core/storage-keys.ts',
    ]);
    expect(storageProblems('x.ts', "await browser.storage.local.get('history');")).toHaveLength(1);
    expect(storageProblems('x.ts', 'await browser.storage.sync.set({ [KEY]: 1 });')).toHaveLength(1);
    expect(
      storageProblems('x.ts', "const TOKENS_KEY = 'tokens';\nbrowser.storage.session.get(TOKENS_KEY);"),
    ).toContain('x.ts: a storage key defined outside core/storage-keys.ts');
    expect(
      storageProblems('x.ts', "import { OWN_KEY } from './own';\nbrowser.storage.session.get(OWN_KEY);"),
    ).toContain('x.ts: a storage key imported from ./own, not core/storage-keys.ts');
    expect(
      storageProblems(
        'x.ts',
        "import { DECISIONS_KEY } from './storage-keys';\nbrowser.storage.session.get(DECISIONS_KEY);",
      ),
    ).toEqual(['x.ts: key "decisions" is described in storage.local, used in storage.session']);
  });

  it('describes every key of core/storage-keys.ts, and nothing else', () => {
    const keys = [...keyValues().values()].flat().map(pattern);
    const managed = STORED_ITEMS.filter((i) => i.area === 'storage.managed').map((i) => pattern(i.key));
    expect(new Set([...keys, ...managed])).toEqual(new Set(described.keys()));
  });

  it('lists exactly the permissions of the built manifest', () => {
    // Reads the build (`npm test` builds first); a missing build fails, it never skips.
    const manifest = JSON.parse(readFileSync(join(builtExtensionDir(), 'manifest.json'), 'utf8')) as {
      permissions: string[];
      host_permissions: string[];
    };
    expect(manifest.permissions).toEqual(PERMISSIONS.map((p) => p.permission));
    expect(manifest.host_permissions).toEqual(HOST_PERMISSIONS.map((p) => p.permission));
    expect(dataSheet('de').permissions).toHaveLength(PERMISSIONS.length + HOST_PERMISSIONS.length);
  });

  it('says, in German and English, what is never collected', () => {
    for (const lang of ['de', 'en'] as const) {
      const sheet = dataSheet(lang);
      expect(sheet.never.length).toBeGreaterThanOrEqual(4);
      expect(sheet.items.find((i) => i.key === 'decisions')?.fields).toEqual(
        expect.arrayContaining(['host', 'at', 'reason', 'basis']),
      );
    }
  });

  it(`${DATA_SHEET_DOC} is in sync (npm run data-sheet)`, () => {
    expect(readFileSync(join(root, DATA_SHEET_DOC), 'utf8')).toBe(dataSheetMarkdown());
  });
});
