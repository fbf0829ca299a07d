/**
 * Zero cost where it does not concern, as a structural guarantee of the
 * built manifest: the banner script is declared only for the catalogue's
 * hosts (never a catch-all), at document start, in top frames only. Reads the
 * build (`npm test` builds first); a missing build fails, it never skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtensionDir } from '../../scripts/bench/budgets';
import { loadCatalogue } from '../../scripts/load-policy';

interface ContentScriptEntry {
  matches?: string[];
  run_at?: string;
  all_frames?: boolean;
  js?: string[];
}

const catalogueHosts = new Set(loadCatalogue(resolve(import.meta.dirname, '../../policy')).index.hosts());
const CATCH_ALLS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

function builtContentScripts(): ContentScriptEntry[] {
  const path = join(builtExtensionDir(), 'manifest.json');
  if (!existsSync(path)) throw new Error(`No built manifest at ${path}: run \`npm run build\` first.`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { content_scripts?: ContentScriptEntry[] };
  return manifest.content_scripts ?? [];
}

const allMatches = () => builtContentScripts().flatMap((entry) => entry.matches ?? []);

/** The host part of a match pattern (`*://*.zoom.us/*` → `*.zoom.us`). */
function patternHost(pattern: string): string {
  return /^[^:]+:\/\/([^/]*)/.exec(pattern)?.[1] ?? '';
}

describe('the built manifest', () => {
  it('declares the banner script for some hosts', () => {
    expect(builtContentScripts().length).toBeGreaterThan(0);
    expect(allMatches().length).toBeGreaterThan(0);
  });

  it('never declares a content script for every site', () => {
    const patterns = allMatches();
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) {
      expect(CATCH_ALLS, pattern).not.toContain(pattern);
      expect(patternHost(pattern), pattern).not.toBe('*');
      expect(patternHost(pattern), pattern).not.toBe('');
    }
  });

  it('uses only `*://*.<host>/*` patterns for hosts in the catalogue', () => {
    expect(allMatches().length).toBeGreaterThan(0);
    const strays = allMatches().filter((pattern) => {
      const host = /^\*:\/\/\*\.([a-z0-9.-]+)\/\*$/.exec(pattern)?.[1];
      return !host || !catalogueHosts.has(host);
    });
    expect(strays).toEqual([]);
  });

  it('covers every catalogue host, directly or through a parent domain', () => {
    const declared = new Set(allMatches().map((p) => patternHost(p).replace(/^\*\./, '')));
    const covered = (host: string) =>
      host.split('.').some((_, i, labels) => declared.has(labels.slice(i).join('.')));
    expect(catalogueHosts.size).toBeGreaterThan(0);
    expect([...catalogueHosts].filter((host) => !covered(host))).toEqual([]);
  });

  it('runs the banner script at document start, in top frames only', () => {
    const entries = builtContentScripts();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.run_at).toBe('document_start');
      expect(entry.all_frames).not.toBe(true);
    }
  });
});
