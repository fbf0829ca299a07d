/**
 * Block mode: the page never loads. The browser itself redirects the
 * navigation (declarativeNetRequest) to the extension's block page, which
 * explains why and offers the alternatives.
 */
import type { EffectivePolicy } from '../settings/effective-policy';
import { modeFor } from '../notice/resolve-page';
import { ruleHost } from './host-index';
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

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole URL, or — for path-scoped parts — only URLs under those paths (segment boundary). */
function urlFilter(paths: string[] | undefined): string {
  if (!paths || paths.length === 0) return '^.+$';
  const alternatives = paths.map((p) => escapeRegex(p.replace(/\/$/, ''))).join('|');
  return `^[a-z]+://[^/?#]+(?:${alternatives})(?:[/?#].*)?$`;
}

/**
 * One redirect rule per tool part in block mode. The original address
 * travels in the fragment of the block page, which never leaves the browser.
 */
export function blockRules(policy: EffectivePolicy, blockPageUrl: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  const { index } = policy.lookup;
  const isBlocked = (tool: Tool, part: ToolPart) =>
    modeFor(policy.settings, tool.id, verdictFor(tool, policy.view.profile).verdict.status, part.level) ===
    'block';
  for (const tool of policy.lookup.catalogue.tools) {
    for (const part of tool.parts) {
      if (!isBlocked(tool, part)) continue;
      const hosts = new Set(part.hosts.map(ruleHost));
      // A more specific host that belongs to a part not in block mode keeps its own treatment.
      const moreSpecific = index.hosts().filter((h) => {
        if (![...hosts].some((parent) => h.endsWith(`.${parent}`))) return false;
        const rule = index.lookup(h, '/');
        return rule !== undefined && rule.part !== part && !isBlocked(rule.tool, rule.part);
      });
      const excluded = [...policy.exceptionHosts, ...moreSpecific];
      rules.push({
        id: rules.length + 1,
        // Path-scoped parts are more specific than whole-host ones.
        priority: part.paths ? 2 : 1,
        action: { type: 'redirect', redirect: { regexSubstitution: `${blockPageUrl}#\\0` } },
        condition: {
          requestDomains: [...hosts],
          ...(excluded.length > 0 ? { excludedRequestDomains: excluded } : {}),
          resourceTypes: ['main_frame'],
          regexFilter: urlFilter(part.paths),
        },
      });
    }
  }
  return rules;
}
