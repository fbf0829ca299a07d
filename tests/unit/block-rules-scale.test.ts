import { describe, expect, it } from 'vitest';
import { blockRules, DEFAULT_RULE_LIMITS } from '../../core/matching/block-rules';
import { miniPolicy, telegramRule } from './support';

/** `count` organisation rules with `hosts` hosts each, optionally path-scoped. */
function manyRules(count: number, hosts: number, paths?: (i: number) => string[]) {
  return Array.from({ length: count }, (_, i) => ({
    ...telegramRule,
    id: `rule-${i}`,
    name: `Rule ${i}`,
    hosts: Array.from({ length: hosts }, (_, h) => `h${h}.rule-${i}.example`),
    ...(paths ? { paths: paths(i) } : {}),
  }));
}

const url = 'chrome-extension://id/blocked.html';

describe('block rules at the schema limits', () => {
  it('packs 1 000 rules × 100 hosts into a few rules, far below the regex limit', () => {
    const policy = miniPolicy({ mode: 'block', extraRules: manyRules(1000, 100) });
    const start = performance.now();
    const plan = blockRules(policy, url);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(plan.notEnforced).toEqual([]);
    expect(plan.rules.length).toBeLessThanOrEqual(110);
    const domains = new Set(plan.rules.flatMap((r) => r.condition.requestDomains));
    expect(domains.has('h99.rule-999.example')).toBe(true);
    expect(domains.has('h0.rule-0.example')).toBe(true);
    // The catalogue's tools are still blocked, and come first.
    expect(plan.ruleToolIds.slice(0, 2).flat()).toEqual(expect.arrayContaining(['chatapp', 'meet']));
    expect(new Set(plan.rules.map((r) => r.id)).size).toBe(plan.rules.length);
  });

  it('shares one regex among parts with the same paths', () => {
    const policy = miniPolicy({ mode: 'block', extraRules: manyRules(500, 2, () => ['/call']) });
    const plan = blockRules(policy, url);
    const call = plan.rules.filter((r) => r.condition.regexFilter.includes('/call'));
    expect(call).toHaveLength(1);
    expect(call[0]!.condition.requestDomains).toHaveLength(1000);
  });

  it('names the rules a limit leaves out and keeps the catalogue and the rest', () => {
    const policy = miniPolicy({ mode: 'block', extraRules: manyRules(1000, 1, (i) => [`/p${i}`]) });
    const plan = blockRules(policy, url);
    expect(plan.rules).toHaveLength(DEFAULT_RULE_LIMITS.regexRules);
    expect(plan.rules.some((r) => r.condition.requestDomains.includes('web.chatapp.example'))).toBe(true);
    expect(plan.notEnforced).toHaveLength(1);
    const left = plan.notEnforced[0]!.toolIds;
    expect(left.every((id) => id.startsWith('rule-'))).toBe(true);
    expect(left.at(-1)).toBe('rule-999');
    // Every organisation rule is either enforced or named.
    const enforced = plan.ruleToolIds.flat().filter((id) => id.startsWith('rule-'));
    expect(enforced.length + left.length).toBe(1000);
    expect(plan.notEnforced[0]!.reason).toMatch(/at most 1000/);
  });

  it('gives a blocked host below a more specific, unblocked one a rule of its own', () => {
    const policy = miniPolicy({
      mode: 'block',
      modeByRule: { outer: 'inform' },
      extraRules: [
        { ...telegramRule, id: 'outer', hosts: ['a.corp.example'] },
        { ...telegramRule, id: 'inner', hosts: ['b.a.corp.example'] },
        { ...telegramRule, id: 'top', hosts: ['corp.example'] },
      ],
    });
    const { rules } = blockRules(policy, url);
    const top = rules.find((r) => r.condition.requestDomains.includes('corp.example'))!;
    expect(top.condition.excludedRequestDomains).toContain('a.corp.example');
    const inner = rules.find((r) => r.condition.requestDomains.includes('b.a.corp.example'))!;
    expect(inner).not.toBe(top);
    expect(inner.condition.excludedRequestDomains ?? []).not.toContain('a.corp.example');
  });
});
