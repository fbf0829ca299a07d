/**
 * An organisation's extra rules, turned into catalogue tools so they get the
 * same matching, the same banner and the same guarantees. The organisation's
 * own words are the statement; the organisation is the source.
 */
import type { ExtraRule } from './managed-settings';
import type { Source, Tool } from '../catalogue/policy-schema';

export function organisationSourceId(ruleId: string): string {
  return `org-${ruleId}`;
}

export function organisationSource(
  rule: ExtraRule,
  organisationName: string | undefined,
  today: string,
): Source {
  return {
    id: organisationSourceId(rule.id),
    issuer: { de: organisationName ?? 'Ihre Organisation', en: organisationName ?? 'Your organisation' },
    issuerKind: 'organisation',
    jurisdiction: 'organisation',
    kind: 'guidance',
    // Without a document date, the rule is as current as the policy that carries it.
    date: rule.document?.date ?? today,
    title: rule.document?.title ?? rule.name,
    identifiers: [],
    ...(rule.document?.url ? { url: rule.document.url } : {}),
    ocrNormalised: false,
    // IT's current policy: in force, and as checked as the policy that carries it.
    status: 'in-force',
    retrieved: today,
  };
}

export function organisationTool(rule: ExtraRule): Tool {
  const same = (text: string) => ({ de: text, en: text });
  return {
    id: rule.id,
    name: rule.name,
    category: rule.category,
    description: same(rule.summary),
    parts: [
      {
        id: 'organisation-rule',
        label: same(rule.name),
        level: rule.level,
        hosts: rule.hosts,
        ...(rule.paths ? { paths: rule.paths } : {}),
      },
    ],
    verdicts: {
      general: {
        status: rule.status,
        summary: same(rule.summary),
        points: rule.reasons.map((reason) => ({
          text: same(reason),
          ...(rule.legalBasis ? { legalBasis: rule.legalBasis } : {}),
          source: organisationSourceId(rule.id),
          // The organisation's own rule speaks about exactly this service.
          names: [rule.id],
          quoteBy: 'issuer' as const,
          quote: reason,
          laterEvents: [],
        })),
        alternatives: [],
      },
    },
  };
}
