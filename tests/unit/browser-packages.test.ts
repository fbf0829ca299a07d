/**
 * The README's build (`npm ci && npm run build`) leaves installable packages
 * for every browser: `.output/chrome-mv3` for Chrome and Edge,
 * `.output/firefox-mv2` for Firefox, and zip archives named with
 * package.json's version, plus the sources archive Mozilla's review asks for.
 * Mozilla's own linter (`web-ext lint`) finds no error in the Firefox package.
 * Reads the build (`npm test` builds first); a missing build fails, it never skips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID } from '../../core/extension-ids';

const root = resolve(import.meta.dirname, '../..');
const output = resolve(root, process.env.LEITPLANKE_OUTPUT_DIR ?? '.output');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

type Manifest = Record<string, unknown> & {
  version?: string;
  browser_specific_settings?: { gecko?: Record<string, unknown> };
};

function readManifest(dir: string): Manifest {
  const path = join(output, dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No build at ${path}: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The files of a zip archive, each read on demand (stored or deflated, as WXT writes them). */
function zipEntries(zip: Buffer): Map<string, () => Buffer> {
  const entries = new Map<string, () => Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive');
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i -= 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(entryName, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function readZip(file: string): Map<string, () => Buffer> {
  const path = join(output, file);
  if (!existsSync(path)) throw new Error(`No archive at ${path}: run \`npm run build\` first.`);
  return zipEntries(readFileSync(path));
}

interface LintMessage {
  code: string;
  message: string;
  description: string;
  file?: string;
  line?: number;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

describe('the Firefox package', () => {
  let lint: LintReport;
  beforeAll(() => {
    const dir = join(output, 'firefox-mv2');
    if (!existsSync(join(dir, 'manifest.json')))
      throw new Error(`No Firefox build at ${dir}: run \`npm run build\` first.`);
    const webExt = join(root, 'node_modules/web-ext/bin/web-ext.js');
    const run = spawnSync(
      process.execPath,
      [webExt, 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery', '--no-input'],
      {
        encoding: 'utf8',
      },
    );
    lint = JSON.parse(run.stdout) as LintReport;
    const show = (m: LintMessage) =>
      `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} – ${m.message}`;
    console.info(
      `web-ext lint: ${lint.errors.length} errors, ${lint.warnings.length} warnings, ${lint.notices.length} notices\n` +
        [...lint.errors, ...lint.warnings, ...lint.notices].map(show).join('\n'),
    );
  }, 120_000);

  it("passes Mozilla's linter (web-ext lint) without a single error", () => {
    expect(lint.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
  });

  it('draws no linter warning on its manifest except that Firefox 128–139 ignore the data-consent key', () => {
    // Firefox before 140 has no data consent and skips the key; 128 is the oldest ESR this build supports.
    const ignoredByOlderFirefox = (m: LintMessage) =>
      /^KEY_FIREFOX(_ANDROID)?_UNSUPPORTED_BY_MIN_VERSION$/.test(m.code) &&
      m.description.includes('data_collection_permissions');
    const manifestWarnings = [...lint.warnings, ...lint.notices].filter((m) => m.file === 'manifest.json');
    expect(
      manifestWarnings.filter((m) => !ignoredByOlderFirefox(m)).map((m) => `${m.code}: ${m.message}`),
    ).toEqual([]);
  });

  it('carries the add-on id managed storage is keyed by, its minimum Firefox, and declares that it collects no data', () => {
    const gecko = readManifest('firefox-mv2').browser_specific_settings?.gecko;
    expect(gecko).toEqual({
      id: FIREFOX_ADDON_ID,
      strict_min_version: '128.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('leaves out what only Chromium understands', () => {
    const manifest = readManifest('firefox-mv2');
    expect(manifest.manifest_version).toBe(2);
    expect(manifest).not.toHaveProperty('key');
    expect(manifest).not.toHaveProperty('storage');
  });
});

describe('the Chromium package (Chrome and Edge)', () => {
  it('keeps the key that fixes its extension ID and the schema of its managed settings, and no Firefox settings', () => {
    const manifest = readManifest('chrome-mv3');
    expect(manifest.manifest_version).toBe(3);
    expect(typeof manifest.key).toBe('string');
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });
});

describe('the archives', () => {
  it.each([
    ['chrome-mv3', `${name}-${version}-chrome.zip`],
    ['firefox-mv2', `${name}-${version}-firefox.zip`],
  ])("pack the %s build as %s, with package.json's version", (dir, archive) => {
    const manifest = JSON.parse(readZip(archive).get('manifest.json')!().toString('utf8')) as Manifest;
    expect(manifest.version).toBe(version);
    expect(manifest).toEqual(readManifest(dir));
  });

  it("include the sources Mozilla's review rebuilds from, without dependencies or build output", () => {
    const files = [...readZip(`${name}-${version}-sources.zip`).keys()];
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'README.md',
      'scripts/compile-policy.ts',
      'entrypoints/background.ts',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.some((f) => f.startsWith('policy/tools/'))).toBe(true);
    expect(
      files.filter(
        (f) => /^(node_modules|\.output|generated|artifacts|tests)\//.test(f) || f.startsWith('.'),
      ),
    ).toEqual([]);
  });
});
