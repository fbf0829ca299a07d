import catalogueJson from '../generated/catalogue.json';
import type { Catalogue } from '../core/catalogue/policy-schema';

/**
 * The catalogue compiled from `policy/` by `npm run policy:compile`. It was
 * validated against the zod schema at build time, so pages need no parser.
 */
export const bundledCatalogue = catalogueJson as Catalogue;
