/** What the banner should show, computed from the compiled catalogue the extension bundles. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCatalogueLookup } from '../../../core/catalogue/catalogue-lookup';
import type { Catalogue, ProfileId } from '../../../core/catalogue/policy-schema';
import { resolveBanner } from '../../../core/notice/resolve-banner';
import type { Language } from '../../../core/ui-text';

export const compiledCatalogue = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../generated/catalogue.json'), 'utf8'),
) as Catalogue;

const lookup = createCatalogueLookup(compiledCatalogue);

export function expectedBanner(url: string, profile: ProfileId, language: Language = 'de') {
  const model = resolveBanner(lookup, { profile, language }, url);
  if (!model) throw new Error(`${url} is not in the catalogue`);
  return model;
}
