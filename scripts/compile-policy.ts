/**
 * Build step: validates `policy/` and writes the compiled catalogue the
 * extension bundles (`generated/catalogue.json`), the content-script match
 * patterns derived from it, and the JSON Schemas for people editing policy
 * files. A malformed file stops the build with file, field and reason.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { PolicyError } from '../core/catalogue/compile-catalogue';
import { matchPatternsForHosts } from '../core/matching/match-patterns';
import { editorSchemas } from '../core/catalogue/policy-schema';
import { loadCatalogue } from './load-policy';

const root = resolve(import.meta.dirname, '..');

function writeJson(path: string, data: unknown): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

try {
  const { catalogue, index } = loadCatalogue(resolve(root, process.argv[2] ?? 'policy'));
  writeJson(resolve(root, 'generated/catalogue.json'), catalogue);
  writeJson(resolve(root, 'generated/content-script-matches.json'), matchPatternsForHosts(index.hosts()));
  for (const [name, schema] of Object.entries(editorSchemas)) {
    writeJson(resolve(root, `policy/schema/${name}.schema.json`), z.toJSONSchema(schema, { io: 'input' }));
  }
  console.log(
    `policy: ${catalogue.tools.length} tools, ${catalogue.sources.length} sources, ` +
      `${catalogue.alternatives.length} alternatives, version ${catalogue.meta.version} (Stand ${catalogue.meta.stand})`,
  );
} catch (error) {
  if (error instanceof PolicyError) {
    console.error(`policy/ is invalid (${error.problems.length} problem(s)):\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
