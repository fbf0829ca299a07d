/**
 * Keeps the browser's redirect rules in step with the policy (block mode),
 * and lets one tab through where the organisation allows "continue anyway".
 */
import {
  blockRules,
  DEFAULT_RULE_LIMITS,
  type RedirectRule,
  type RuleLimits,
} from '../core/matching/block-rules';
import { BlockEnforcement } from '../core/matching/block-enforcement';
import { BLOCK_ENFORCEMENT_KEY } from '../core/storage-keys';
import type { EffectivePolicy } from '../core/settings/effective-policy';

/** The limits this browser states (Firefox names the dynamic limit differently before 128). */
function browserLimits(): RuleLimits {
  const dnr = browser.declarativeNetRequest as unknown as Record<string, unknown>;
  const number = (...names: string[]) =>
    names.map((n) => dnr[n]).find((v): v is number => typeof v === 'number');
  return {
    regexRules: number('MAX_NUMBER_OF_REGEX_RULES') ?? DEFAULT_RULE_LIMITS.regexRules,
    dynamicRules:
      number('MAX_NUMBER_OF_DYNAMIC_RULES', 'MAX_NUMBER_OF_DYNAMIC_AND_SESSION_RULES') ??
      DEFAULT_RULE_LIMITS.dynamicRules,
  };
}

export async function applyBlockRules(policy: EffectivePolicy): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  const existing = await dnr.getDynamicRules();
  const plan = blockRules(policy, browser.runtime.getURL('/blocked.html'), browserLimits());
  const removeRuleIds = existing.map((r) => r.id);
  const notEnforced = [...plan.notEnforced];
  let applied: RedirectRule[] = plan.rules;
  try {
    await dnr.updateDynamicRules({ removeRuleIds, addRules: plan.rules });
  } catch {
    // The browser refuses the whole update for one bad rule: add them one by one, and name the ones it refuses.
    await dnr.updateDynamicRules({ removeRuleIds });
    applied = [];
    for (const [i, rule] of plan.rules.entries()) {
      try {
        await dnr.updateDynamicRules({ addRules: [rule] });
        applied.push(rule);
      } catch (error) {
        notEnforced.push({
          toolIds: plan.ruleToolIds[i] ?? [],
          reason: `the browser refused the rule: ${(error as Error).message}`,
        });
      }
    }
  }
  const report: BlockEnforcement = {
    rules: applied.length,
    hosts: applied.reduce((n, r) => n + r.condition.requestDomains.length, 0),
    notEnforced,
  };
  await browser.storage.session.set({ [BLOCK_ENFORCEMENT_KEY]: report });
}

/** What the last sync enforced, for the diagnostics page. */
export async function readBlockEnforcement(): Promise<BlockEnforcement | undefined> {
  const stored = (await browser.storage.session.get(BLOCK_ENFORCEMENT_KEY))[BLOCK_ENFORCEMENT_KEY];
  const parsed = BlockEnforcement.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
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
