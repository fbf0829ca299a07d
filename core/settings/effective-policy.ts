/**
 * Bundled catalogue + the organisation's managed settings + the user's
 * choices → the one policy in force. Managed settings win over the user's;
 * what neither sets keeps the bundled default.
 */
import { createCatalogueLookup } from '../catalogue/catalogue-lookup';
import { buildHostIndex, inHostTree, ruleHost } from '../matching/host-index';
import { describeValue, type ManagedSettings, type SettingProblem } from './managed-settings';
import { normaliseHostname } from '../matching/normalise-url';
import { legalBasisViolation } from '../catalogue/catalogue-rules';
import { organisationSource, organisationTool } from './organisation-rules';
import type { ParsedManagedSettings } from './parse-managed-settings';
import type { Catalogue, Tool } from '../catalogue/policy-schema';
import type { CatalogueLookup, ViewConfig } from '../notice/resolve-banner';
import type { Language } from '../ui-text';
import type { UserSettings } from './user-settings';

/** Where an effective value comes from, as the diagnostics page shows it. */
export type SettingOrigin = 'organisation' | 'user' | 'default';

export interface EffectivePolicy {
  lookup: CatalogueLookup;
  view: ViewConfig;
  origins: { profile: SettingOrigin; language: SettingOrigin };
  /** The organisation's valid settings (invalid ones are in `problems`). */
  settings: ManagedSettings;
  problems: SettingProblem[];
  /** Hosts (with their subdomains) that never warn. */
  exceptionHosts: ReadonlySet<string>;
  /** Ids of the tools the organisation added. */
  organisationRuleIds: ReadonlySet<string>;
}

export interface EffectivePolicyInput {
  catalogue: Catalogue;
  managed: ParsedManagedSettings;
  user: UserSettings;
  browserLanguage: Language;
  /** YYYY-MM-DD, the date organisation rules without a document date are shown with. */
  today: string;
}

function organisationTools(settings: ManagedSettings, today: string, problems: SettingProblem[]) {
  const rules = settings.extraRules ?? [];
  const seen = new Set<string>();
  const kept = rules.filter((rule, i) => {
    if (seen.has(rule.id)) {
      problems.push({
        path: `extraRules[${i}].id`,
        expected: 'an id used by one rule only',
        found: describeValue(rule.id),
      });
      return false;
    }
    seen.add(rule.id);
    return true;
  });
  // Two organisation rules on one host would be ambiguous: the later one is dropped.
  const clashing = new Set(buildHostIndex(kept.map(organisationTool)).conflicts.map((c) => c.toolIds[1]));
  const tools: Tool[] = [];
  const sources = [];
  for (const rule of kept) {
    if (clashing.has(rule.id)) {
      problems.push({
        path: `extraRules[${rules.indexOf(rule)}].hosts`,
        expected: 'hosts no other extra rule claims (or distinct paths)',
        found: describeValue(rule.hosts),
      });
      continue;
    }
    // The review's rule holds for the organisation too: no terms of service as "Rechtsgrundlage".
    const basisProblem =
      rule.legalBasis === undefined
        ? undefined
        : legalBasisViolation(rule.legalBasis, { requireNorm: false });
    let shown = rule;
    if (basisProblem) {
      problems.push({
        path: `extraRules[${rules.indexOf(rule)}].legalBasis`,
        expected: 'a legal norm or internal rule the document names (not terms of service)',
        found: describeValue(rule.legalBasis),
      });
      const { legalBasis: _dropped, ...rest } = rule;
      shown = rest;
    }
    tools.push(organisationTool(shown));
    sources.push(organisationSource(shown, settings.organisation?.name, today));
  }
  return { tools, sources };
}

export function buildEffectivePolicy(input: EffectivePolicyInput): EffectivePolicy {
  const { catalogue, managed, user } = input;
  const settings = managed.settings;
  const problems = [...managed.problems];
  const org = organisationTools(settings, input.today, problems);
  const orgIds = new Set(org.tools.map((t) => t.id));

  const excludedRules = new Set(settings.exceptions?.rules ?? []);
  const knownIds = new Set([...catalogue.tools.map((t) => t.id), ...orgIds]);
  settings.exceptions?.rules?.forEach((id, i) => {
    if (!knownIds.has(id)) {
      problems.push({
        path: `exceptions.rules[${i}]`,
        expected: 'the id of a catalogue tool or an extra rule',
        found: describeValue(id),
      });
    }
  });

  // An extra rule with a catalogue tool's id replaces that tool.
  const tools = [...org.tools, ...catalogue.tools.filter((t) => !orgIds.has(t.id))].filter(
    (t) => !excludedRules.has(t.id),
  );
  const lookup = createCatalogueLookup({
    ...catalogue,
    sources: [...catalogue.sources, ...org.sources],
    tools,
  });

  const exceptionHosts = new Set(
    (settings.exceptions?.hosts ?? [])
      .map((h) => normaliseHostname(ruleHost(h)))
      .filter((h): h is string => !!h),
  );

  const profileOrigin: SettingOrigin = settings.profile ? 'organisation' : user.profile ? 'user' : 'default';
  const languageOrigin: SettingOrigin = settings.language
    ? 'organisation'
    : user.language
      ? 'user'
      : 'default';
  return {
    lookup,
    view: {
      profile: settings.profile ?? user.profile ?? 'general',
      language: settings.language ?? user.language ?? input.browserLanguage,
    },
    origins: { profile: profileOrigin, language: languageOrigin },
    settings,
    problems,
    exceptionHosts,
    organisationRuleIds: orgIds,
  };
}

/** True when the host or one of its parents is an exception. */
export function isExceptedHost(policy: EffectivePolicy, hostname: string): boolean {
  return inHostTree(policy.exceptionHosts, hostname);
}
