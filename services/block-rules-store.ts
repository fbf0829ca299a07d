/**
 * Keeps the browser's redirect rules in step with the policy (block mode),
 * and lets one tab through where the organisation allows "continue anyway".
 */
import { blockRules } from '../core/matching/block-rules';
import type { EffectivePolicy } from '../core/settings/effective-policy';

export async function applyBlockRules(policy: EffectivePolicy): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  const existing = await dnr.getDynamicRules();
  const addRules = blockRules(policy, browser.runtime.getURL('/blocked.html'));
  await dnr.updateDynamicRules({ removeRuleIds: existing.map((r) => r.id), addRules });
}

/** A session rule for this tab only, above the redirect rules. */
export async function allowInTab(tabId: number, host: string): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  const existing = await dnr.getSessionRules();
  const id = Math.max(0, ...existing.map((r) => r.id)) + 1;
  await dnr.updateSessionRules({
    addRules: [
      {
        id,
        priority: 100,
        action: { type: 'allow' },
        condition: { requestDomains: [host], tabIds: [tabId], resourceTypes: ['main_frame'] },
      },
    ],
  });
}
