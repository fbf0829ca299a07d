import { resolve } from 'node:path';
import { createCatalogueLookup } from '../../core/catalogue-lookup';
import { compileCatalogue } from '../../core/compile-catalogue';
import { readPolicyFiles } from '../../scripts/load-policy';

/** The small, hand-made policy in tests/fixtures/mini-policy, compiled and indexed. */
export function miniLookup() {
  return createCatalogueLookup(compileCatalogue(readPolicyFiles(resolve(import.meta.dirname, '../fixtures/mini-policy'))));
}
