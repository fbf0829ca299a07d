/**
 * What every page of a catalogued site pays for: the content script stays
 * small and carries no parser; the whole package stays within its budget.
 * Reads the build (`npm test` builds first); a missing build fails, it never
 * skips. Budgets and how they were set: scripts/bench/budgets.ts, docs/benchmarks.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  builtExtensionDir,
  CONTENT_SCRIPT,
  measureBuild,
  ZOD_MARKERS,
} from '../../scripts/bench/budgets';
import { loadCatalogue } from '../../scripts/load-policy';

const dir = builtExtensionDir();
const { catalogue } = loadCatalogue(join(import.meta.dirname, '../../policy'));
const quotes = catalogue.tools.flatMap((tool) =>
  Object.values(tool.verdicts).flatMap((verdict) => verdict!.points.map((p) => p.quote)),
);

/** The build to check, or a failure that says how to get one. */
function requireBuild(): string {
  if (!existsSync(join(dir, 'manifest.json')) || !existsSync(join(dir, CONTENT_SCRIPT))) {
    throw new Error(
      `No built extension at ${dir} (or no ${CONTENT_SCRIPT} in it): run \`npm run build\` first.`,
    );
  }
  return dir;
}

/** The text of every script and data file in the package except the content script. */
function restOfPackage(): string {
  const root = requireBuild();
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|json)$/.test(name) && name !== CONTENT_SCRIPT)
    .map((name) => readFileSync(join(root, name), 'utf8'))
    .join('\n');
}

describe('the size budget', () => {
  it(`keeps the minified content script within ${BUDGETS.contentScriptBytes} bytes`, () => {
    const { contentScriptBytes } = measureBuild(requireBuild());
    expect(contentScriptBytes).toBeGreaterThan(0);
    expect(contentScriptBytes).toBeLessThanOrEqual(BUDGETS.contentScriptBytes);
  });

  it(`keeps the whole package within ${BUDGETS.packageBytes} bytes`, () => {
    const { packageBytes, contentScriptBytes } = measureBuild(requireBuild());
    expect(packageBytes).toBeGreaterThan(contentScriptBytes);
    expect(packageBytes).toBeLessThanOrEqual(BUDGETS.packageBytes);
  });
});

describe('the content script', () => {
  it('carries no zod: messages are parsed in the background, not in pages', () => {
    const script = readFileSync(join(requireBuild(), CONTENT_SCRIPT), 'utf8');
    for (const marker of ZOD_MARKERS)
      expect(script, `found "${marker}" in ${CONTENT_SCRIPT}`).not.toContain(marker);
  });

  it('is checked with markers that minified zod really contains (found elsewhere in the package)', () => {
    const rest = restOfPackage();
    for (const marker of ZOD_MARKERS) expect(rest).toContain(marker);
  });

  it('carries no catalogue: pages ask the background what to show', () => {
    const script = readFileSync(join(requireBuild(), CONTENT_SCRIPT), 'utf8');
    const rest = restOfPackage();
    expect(quotes.length).toBeGreaterThan(0);
    // The quotes are in the package (for the background), just not in the content script.
    expect(quotes.filter((q) => !rest.includes(q))).toEqual([]);
    expect(quotes.filter((q) => script.includes(q))).toEqual([]);
  });
});
