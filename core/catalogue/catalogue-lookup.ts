import { buildHostIndex } from '../matching/host-index';
import type { Catalogue } from './policy-schema';
import type { CatalogueLookup } from '../notice/resolve-banner';

/** Builds the indexes every page resolution needs, once per catalogue. */
export function createCatalogueLookup(catalogue: Catalogue): CatalogueLookup {
  return {
    catalogue,
    index: buildHostIndex(catalogue.tools),
    sources: new Map(catalogue.sources.map((s) => [s.id, s])),
  };
}
