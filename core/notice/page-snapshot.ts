/**
 * A snapshot of what every catalogued page would show under the policy in
 * force, written by the background to `storage.local`. The banner script
 * reads it at document start, so the banner appears even while a stopped
 * service worker is still starting; the background's answer, which also
 * knows about dismissals in this tab, then confirms or corrects it.
 */
import { z } from 'zod';
import type { BannerModel } from './banner-model';
import type { EffectivePolicy } from '../settings/effective-policy';
import type { SnapshotIndex } from '../matching/match-snapshot';
import { bannerForRule } from './resolve-banner';
import { inPageModel, withOrganisation } from './resolve-page';

/** The index as stored, checked when the background reads it back. */
export const SnapshotIndexSchema = z.object({
  tools: z.array(
    z.object({
      id: z.string(),
      parts: z.array(
        z.object({ key: z.string(), hosts: z.array(z.string()), paths: z.array(z.string()).optional() }),
      ),
    }),
  ),
  exceptionHosts: z.array(z.string()),
}) satisfies z.ZodType<SnapshotIndex>;

export interface PageSnapshot {
  index: SnapshotIndex;
  /** Banner per part key (`<tool>/<part>`), without a page address. */
  models: Record<string, BannerModel>;
}

export function buildPageSnapshot(policy: EffectivePolicy): PageSnapshot {
  const models: Record<string, BannerModel> = {};
  const tools = policy.lookup.catalogue.tools.map((tool) => ({
    id: tool.id,
    parts: tool.parts.map((part) => {
      const key = `${tool.id}/${part.id}`;
      models[key] = inPageModel(
        policy,
        withOrganisation(policy, bannerForRule(policy.lookup, policy.view, { tool, part }, '')),
      );
      return { key, hosts: part.hosts, ...(part.paths ? { paths: part.paths } : {}) };
    }),
  }));
  return { index: { tools, exceptionHosts: [...policy.exceptionHosts] }, models };
}
