/**
 * "Why does this page warn?" — what an admin needs to answer a ticket: the
 * rule that matched (tool and part, host pattern, path), the profile and
 * mode and where each came from (bundled, organisation, user), an exception
 * that silenced it, and the sources the notice cites.
 */
import { type EffectivePolicy, type SettingOrigin } from '../settings/effective-policy';
import type { Mode } from '../settings/managed-settings';
import { normaliseUrl } from '../matching/normalise-url';
import { pathMatches, ruleHost } from '../matching/host-index';
import type { Level, Status } from '../catalogue/policy-schema';
import { resolvePage } from './resolve-page';

/** Where a value came from: the bundled catalogue/defaults, the organisation's policy, or the user. */
export type Provenance = 'bundled' | 'organisation' | 'user';

export interface PageExplanation {
  url: string;
  outcome: 'no-rule' | 'exception' | 'warns';
  rule?: {
    toolId: string;
    toolName: string;
    partId: string;
    partLabel: string;
    level: Level;
    /** The rule's host that covers the page (the page's host or a parent). */
    hostPattern: string;
    /** The path prefix that matched, or undefined for a whole-host part. */
    path?: string;
    origin: 'bundled' | 'organisation';
  };
  /** The exception host that keeps the page quiet (an excepted tool id leaves no rule to match). */
  exception?: string;
  profile: { id: string; origin: Provenance };
  language: { id: string; origin: Provenance };
  status?: Status;
  mode?: {
    value: Mode;
    /** The setting that decided it (docs/admin.md, "Modi und Vorrang"). */
    decidedBy: 'public-page' | 'modeByRule' | 'modeByStatus' | 'mode' | 'default';
    origin: Provenance;
  };
  sources: Array<{ issuer: string; title: string; date: string; url?: string }>;
}

const provenance = (origin: SettingOrigin): Provenance => (origin === 'default' ? 'bundled' : origin);

function coveringHost(hosts: ReadonlySet<string> | readonly string[], hostname: string): string | undefined {
  const set = hosts instanceof Set ? hosts : new Set(hosts as readonly string[]);
  for (let host = hostname; ;) {
    if (set.has(host)) return host;
    const dot = host.indexOf('.');
    if (dot < 0) return undefined;
    host = host.slice(dot + 1);
  }
}

export function explainPage(policy: EffectivePolicy, href: string): PageExplanation {
  const base = {
    url: href,
    profile: { id: policy.view.profile, origin: provenance(policy.origins.profile) },
    language: { id: policy.view.language, origin: provenance(policy.origins.language) },
    sources: [],
  };
  const page = normaliseUrl(href);
  if (!page) return { ...base, outcome: 'no-rule' };
  const exceptedBy = coveringHost(policy.exceptionHosts, page.hostname);
  if (exceptedBy) return { ...base, outcome: 'exception', exception: exceptedBy };
  const hit = policy.lookup.index.lookup(page.hostname, page.pathname);
  const model = resolvePage(policy, href);
  if (!hit || !model) return { ...base, outcome: 'no-rule' };
  const { tool, part } = hit;
  const { settings } = policy;
  const decidedBy =
    part.level === 'inform'
      ? 'public-page'
      : settings.modeByRule?.[tool.id]
        ? 'modeByRule'
        : settings.modeByStatus?.[model.status]
          ? 'modeByStatus'
          : settings.mode
            ? 'mode'
            : 'default';
  const seen = new Set<string>();
  const sources = model.points.flatMap(({ source }) => {
    const key = `${source.issuer}|${source.title}|${source.date}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        issuer: source.issuer,
        title: source.title,
        date: source.date,
        ...(source.url ? { url: source.url } : {}),
      },
    ];
  });
  const path = part.paths?.find((p) => pathMatches(p, page.pathname));
  return {
    ...base,
    outcome: 'warns',
    rule: {
      toolId: tool.id,
      toolName: tool.name,
      partId: part.id,
      partLabel: part.label[policy.view.language],
      level: part.level,
      hostPattern: coveringHost(part.hosts.map(ruleHost), ruleHost(page.hostname)) ?? page.hostname,
      ...(path ? { path } : {}),
      origin: policy.organisationRuleIds.has(tool.id) ? 'organisation' : 'bundled',
    },
    status: model.status,
    mode: {
      value: model.mode,
      decidedBy,
      origin: decidedBy === 'default' || decidedBy === 'public-page' ? 'bundled' : 'organisation',
    },
    sources,
  };
}
