/** Reads the YAML files under `policy/` and compiles them (Node only: build script and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { compileCatalogue, PolicyError, type PolicyFiles } from '../core/catalogue/compile-catalogue';
import { buildHostIndex } from '../core/matching/host-index';

function readYaml(dir: string, path: string): { file: string; data: unknown } {
  const file = relative(join(dir, '..'), path);
  try {
    return { file, data: parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    throw new PolicyError([{ file, field: '', message: `not valid YAML: ${(error as Error).message}` }]);
  }
}

export function readPolicyFiles(dir: string): PolicyFiles {
  const toolsDir = join(dir, 'tools');
  return {
    catalogue: readYaml(dir, join(dir, 'catalogue.yaml')),
    sources: readYaml(dir, join(dir, 'sources.yaml')),
    alternatives: readYaml(dir, join(dir, 'alternatives.yaml')),
    profiles: readYaml(dir, join(dir, 'profiles.yaml')),
    tools: readdirSync(toolsDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => readYaml(dir, join(toolsDir, f))),
  };
}

export function loadCatalogue(dir: string) {
  const catalogue = compileCatalogue(readPolicyFiles(dir));
  return { catalogue, index: buildHostIndex(catalogue.tools) };
}
