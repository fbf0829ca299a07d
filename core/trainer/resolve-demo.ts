/**
 * Demonstrations for trainers: the effective policy + a tool id → the banner
 * staff would meet on that tool, marked as a demonstration. It is resolved
 * exactly like a real visit (same profile, language, organisation settings
 * and mode), from a representative address of the tool, so a workshop shows
 * the real thing without visiting the real service.
 */
import type { BannerModel } from '../notice/banner-model';
import { type EffectivePolicy, isExceptedHost } from '../settings/effective-policy';
import type { Mode } from '../settings/managed-settings';
import type { Category, Tool, ToolPart } from '../catalogue/policy-schema';
import { resolveBanner } from '../notice/resolve-banner';
import { withOrganisation } from '../notice/resolve-page';

/** Whether the organisation lets trainers show the banner on any page (`demoMode`, default yes). */
export function demoAllowed(policy: EffectivePolicy): boolean {
  return policy.settings.demoMode ?? true;
}

/** A page address of this part that the part itself covers: its first host, under its first path. */
export function representativeUrl(part: ToolPart): string {
  return `https://${part.hosts[0]}${part.paths?.[0] ?? '/'}`;
}

/**
 * The banner a visit to `tool` would show, as a demonstration, or `undefined`
 * when no part of it warns or informs under this policy (e.g. every host is an
 * organisation exception). Parts that warn are preferred over parts that only
 * inform: a workshop is about the warning.
 */
export function demoBanner(policy: EffectivePolicy, toolId: string): BannerModel | undefined {
  const tool = policy.lookup.catalogue.tools.find((t) => t.id === toolId);
  if (!tool) return undefined;
  const parts = [
    ...tool.parts.filter((p) => p.level === 'warn'),
    ...tool.parts.filter((p) => p.level !== 'warn'),
  ];
  for (const part of parts) {
    const url = representativeUrl(part);
    if (isExceptedHost(policy, new URL(url).hostname)) continue;
    const base = resolveBanner(policy.lookup, policy.view, url);
    // Another rule may claim the same address (an organisation rule on a shared host): then it is not this tool's page.
    if (base?.toolId !== tool.id) continue;
    return { ...withOrganisation(policy, base), demo: true };
  }
  return undefined;
}

/**
 * What the popup's demonstration and the demo block page show: the demo
 * banner, or `undefined` when the organisation switched demonstrations off
 * (`demoMode: false`) or the tool cannot be shown.
 */
export function resolveDemo(policy: EffectivePolicy, toolId: string): BannerModel | undefined {
  return demoAllowed(policy) ? demoBanner(policy, toolId) : undefined;
}

export interface DemoChoice {
  id: string;
  name: string;
  category: Category;
  /** How the organisation treats the tool: `block` demonstrates the block page. */
  mode: Mode;
}

/** Every tool of the active policy that can be demonstrated, by name. */
export function demoChoices(policy: EffectivePolicy): DemoChoice[] {
  const lang = policy.view.language;
  return policy.lookup.catalogue.tools
    .flatMap((tool: Tool) => {
      const model = demoBanner(policy, tool.id);
      return model ? [{ id: tool.id, name: tool.name, category: tool.category, mode: model.mode }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}
