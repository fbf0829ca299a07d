/**
 * Brings what the browser holds for the policy in line with it — redirects
 * for block mode, the banner script on organisation-only hosts, the page
 * snapshot the banner script reads — touching them only when the policy
 * actually changed (the service worker restarts often).
 */
import type { EffectivePolicy } from '../core/settings/effective-policy';
import { APPLIED_POLICY_KEY } from '../core/storage-keys';
import { applyBlockRules } from './block-rules-store';
import { registerOrganisationScripts } from './organisation-scripts';
import { writePageSnapshot } from './page-snapshot-store';

export async function syncBrowserState(policy: EffectivePolicy): Promise<void> {
  // Everything derived here is a function of the bundled catalogue, the view and the organisation's settings.
  const signature = JSON.stringify([policy.lookup.catalogue.meta, policy.view, policy.settings]);
  const applied = (await browser.storage.session.get(APPLIED_POLICY_KEY))[APPLIED_POLICY_KEY];
  if (applied === signature) return;
  await Promise.all([
    applyBlockRules(policy),
    registerOrganisationScripts(policy),
    writePageSnapshot(policy),
  ]);
  await browser.storage.session.set({ [APPLIED_POLICY_KEY]: signature });
}
