/**
 * Brings the browser's own rules — redirects for block mode, the banner
 * script on organisation-only hosts — in line with the policy, touching
 * them only when they actually change (the service worker restarts often).
 */
import type { EffectivePolicy } from '../core/effective-policy';
import { blockRules } from '../core/block-rules';
import { applyBlockRules } from './block-rules-store';
import { organisationOnlyHosts, registerOrganisationScripts } from './organisation-scripts';

const KEY = 'appliedRules';

export async function syncBrowserRules(policy: EffectivePolicy): Promise<void> {
  const signature = JSON.stringify([blockRules(policy, ''), organisationOnlyHosts(policy)]);
  const applied = (await browser.storage.session.get(KEY))[KEY];
  if (applied === signature) return;
  await Promise.all([applyBlockRules(policy), registerOrganisationScripts(policy)]);
  await browser.storage.session.set({ [KEY]: signature });
}
