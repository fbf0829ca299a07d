/**
 * Block mode: the page never loads. The browser itself redirects the
 * navigation (declarativeNetRequest) to the extension's block page, which
 * explains why and offers the alternatives.
 *
 * Scale: an organisation may add 1 000 rules × 100 hosts. Browsers accept at
 * most 1 000 regex rules (Chromium and Firefox `MAX_NUMBER_OF_REGEX_RULES`)
 * and refuse the whole update beyond that, so hosts are packed: every
 * whole-host part shares a few rules (`requestDomains` with many domains),
 * and only path-scoped parts need a regex of their own (parts with the same
 * paths share one). Should a limit still be reached, the rules beyond it are
 * left out and named (`notEnforced`), and everything else is still enforced.
 */
import type { EffectivePolicy } from '../settings/effective-policy';
import { modeFor } from '../notice/resolve-page';
import { inHostTree, ruleHost } from './host-index';
import type { Tool, ToolPart } from '../catalogue/policy-schema';
import { verdictFor } from '../notice/resolve-banner';

/** The subset of a declarativeNetRequest rule we create (same shape in Chrome, Edge and Firefox). */
export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    requestDomains: string[];
    excludedRequestDomains?: string[];
    resourceTypes: ['main_frame'];
    regexFilter: string;
  };
}

/** The browser limits that bound a block plan (both browsers expose these constants). */
export interface RuleLimits {
  /** `MAX_NUMBER_OF_REGEX_RULES`: 1 000 in Chromium and Firefox. */
  regexRules: number;
  /** Dynamic rules an extension may add: Chromium ≥ 121 30 000, Firefox 5 000. */
  dynamicRules: number;
}

export const DEFAULT_RULE_LIMITS: RuleLimits = { regexRules: 1000, dynamicRules: 5000 };

/** Whole-host domains per rule: large lists work, but one rule should stay a modest object. */
export const DOMAINS_PER_RULE = 1000;

/** Tools whose blocking a browser limit left out, with the reason. */
export interface NotEnforced {
  toolIds: string[];
  reason: string;
}

export interface BlockPlan {
  rules: RedirectRule[];
  /** The tools behind each rule (same order as `rules`), to name them should the browser refuse one. */
  ruleToolIds: string[][];
  notEnforced: NotEnforced[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole URL, or — for path-scoped parts — only URLs under those paths (segment boundary). */
function urlFilter(paths: readonly string[] | undefined): string {
  if (!paths || paths.length === 0) return '^.+$';
  const alternatives = paths.map((p) => escapeRegex(p.replace(/\/$/, ''))).join('|');
  return `^[a-z]+://[^/?#]+(?:${alternatives})(?:[/?#].*)?$`;
}

/** One rule to be made: its domains, the tools behind them, and what it must leave out. */
interface Draft {
  priority: number;
  filter: string;
  domains: string[];
  toolIds: Set<string>;
  excluded: string[];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function blockRules(
  policy: EffectivePolicy,
  blockPageUrl: string,
  limits: RuleLimits = DEFAULT_RULE_LIMITS,
): BlockPlan {
  const { index } = policy.lookup;
  const isBlocked = (tool: Tool, part: ToolPart) =>
    modeFor(policy.settings, tool.id, verdictFor(tool, policy.view.profile).verdict.status, part.level) ===
    'block';

  // Blocked hosts, catalogue first (an organisation rule must not push out the catalogue).
  const ordered = [...policy.lookup.catalogue.tools].sort(
    (a, b) => Number(policy.organisationRuleIds.has(a.id)) - Number(policy.organisationRuleIds.has(b.id)),
  );
  const wholeHost = new Map<string, string>(); // domain → tool id
  const pathGroups = new Map<string, { domains: Map<string, string>; toolIds: Set<string> }>();
  for (const tool of ordered) {
    for (const part of tool.parts) {
      if (!isBlocked(tool, part)) continue;
      for (const host of part.hosts.map(ruleHost)) {
        if (!part.paths) {
          if (!wholeHost.has(host)) wholeHost.set(host, tool.id);
          continue;
        }
        const filter = urlFilter(part.paths);
        const group = pathGroups.get(filter) ?? { domains: new Map(), toolIds: new Set() };
        if (!group.domains.has(host)) group.domains.set(host, tool.id);
        group.toolIds.add(tool.id);
        pathGroups.set(filter, group);
      }
    }
  }
  const blockedDomains = new Set([
    ...wholeHost.keys(),
    ...[...pathGroups.values()].flatMap((g) => [...g.domains.keys()]),
  ]);

  // A more specific host that belongs to a part not in block mode keeps its own treatment.
  const moreSpecific: string[] = [];
  for (const host of index.hosts()) {
    const dot = host.indexOf('.');
    if (dot < 0 || !inHostTree(blockedDomains, host.slice(dot + 1))) continue;
    const rule = index.lookup(host, '/');
    if (rule && !isBlocked(rule.tool, rule.part)) moreSpecific.push(host);
  }
  const moreSpecificSet = new Set(moreSpecific);
  const exceptions = [...policy.exceptionHosts];
  const under = (domain: string) => moreSpecific.filter((h) => h.endsWith(`.${domain}`));
  // A blocked domain at or below such a host would be excluded by a shared rule: it gets its own.
  const nested = (domain: string) => inHostTree(moreSpecificSet, domain);

  const drafts: Draft[] = [];
  const addDomains = (domains: Map<string, string>, priority: number, filter: string) => {
    const shared = [...domains].filter(([d]) => !nested(d));
    for (const part of chunk(shared, DOMAINS_PER_RULE)) {
      drafts.push({
        priority,
        filter,
        domains: part.map(([d]) => d),
        toolIds: new Set(part.map(([, id]) => id)),
        excluded: [...exceptions, ...new Set(part.flatMap(([d]) => under(d)))],
      });
    }
    for (const [domain, toolId] of domains) {
      if (!nested(domain)) continue;
      drafts.push({
        priority,
        filter,
        domains: [domain],
        toolIds: new Set([toolId]),
        excluded: [...exceptions, ...under(domain)],
      });
    }
  };
  // Path-scoped parts are more specific than whole-host ones.
  for (const [filter, group] of pathGroups) addDomains(group.domains, 2, filter);
  addDomains(wholeHost, 1, urlFilter(undefined));
  // Catalogue rules first, then the organisation's, each in policy order.
  const orgOnly = (d: Draft) => [...d.toolIds].every((id) => policy.organisationRuleIds.has(id));
  drafts.sort((a, b) => Number(orgOnly(a)) - Number(orgOnly(b)));

  const budget = Math.min(limits.regexRules, limits.dynamicRules);
  const rules = drafts.slice(0, budget).map((d, i): RedirectRule => ({
    id: i + 1,
    priority: d.priority,
    action: { type: 'redirect', redirect: { regexSubstitution: `${blockPageUrl}#\\0` } },
    condition: {
      requestDomains: d.domains,
      ...(d.excluded.length > 0 ? { excludedRequestDomains: d.excluded } : {}),
      resourceTypes: ['main_frame'],
      regexFilter: d.filter,
    },
  }));
  const ruleToolIds = drafts.slice(0, budget).map((d) => [...d.toolIds]);
  const left = drafts.slice(budget);
  const notEnforced: NotEnforced[] =
    left.length === 0
      ? []
      : [
          {
            toolIds: [...new Set(left.flatMap((d) => [...d.toolIds]))],
            reason: `the browser accepts at most ${budget} blocking rules with a regular expression; this policy needs ${drafts.length}`,
          },
        ];
  return { rules, ruleToolIds, notEnforced };
}
