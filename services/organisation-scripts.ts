/**
 * The banner script is declared statically for the catalogue's hosts. Hosts
 * that only the organisation's extra rules name get it registered at run
 * time, so unrelated pages still get no script at all.
 */
import type { EffectivePolicy } from '../core/settings/effective-policy';
import { inHostTree, ruleHost } from '../core/matching/host-index';
import { matchPatternsForHosts } from '../core/matching/match-patterns';
import { bundledCatalogue } from './bundled-catalogue';

const SCRIPT_ID = 'leitplanke-organisation-rules';

/** Hosts of organisation rules that the static match patterns do not already cover. */
export function organisationOnlyHosts(policy: EffectivePolicy): string[] {
  const staticHosts = new Set(
    bundledCatalogue.tools.flatMap((t) => t.parts.flatMap((p) => p.hosts.map(ruleHost))),
  );
  return policy.lookup.catalogue.tools
    .filter((t) => policy.organisationRuleIds.has(t.id))
    .flatMap((t) => t.parts.flatMap((p) => p.hosts.map(ruleHost)))
    .filter((h) => !inHostTree(staticHosts, h));
}

export async function registerOrganisationScripts(policy: EffectivePolicy): Promise<void> {
  const scripting = browser.scripting;
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  const hosts = organisationOnlyHosts(policy);
  if (hosts.length === 0) return;
  await scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: matchPatternsForHosts(hosts),
      js: ['content-scripts/banner.js'],
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}
