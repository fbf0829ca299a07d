/**
 * The legal review's rules (December 2026), as checks every catalogue and an
 * organisation's own rules must pass. Pure: the compiler reports violations
 * as policy problems; managed settings report them as setting problems.
 */
import { bannerTextDe, bannerTextEn } from '../notice/banner-text';
import type { IssuerKind, RationalePoint, Source, Status, Tool } from './policy-schema';

export interface RuleViolation {
  /** Dotted path inside the tool file, e.g. `verdicts.bund`. */
  field: string;
  message: string;
}

/**
 * A profile gets its own verdict only when a document of that jurisdiction
 * speaks about that service: one of its points cites such a document and
 * records (`names`) that the cited passage names the tool.
 */
export function ownVerdictViolations(tool: Tool, sources: ReadonlyMap<string, Source>): RuleViolation[] {
  return Object.entries(tool.verdicts).flatMap(([profile, verdict]) => {
    if (profile === 'general' || !verdict) return [];
    const spoken = verdict.points.some(
      (p) => sources.get(p.source)?.jurisdiction === profile && p.names.includes(tool.id),
    );
    return spoken
      ? []
      : [
          {
            field: `verdicts.${profile}`,
            message:
              `no point cites a document of "${profile}" that names "${tool.id}" (names: [${tool.id}]); ` +
              'without one the profile falls back to the general verdict',
          },
        ];
  });
}

const supervisoryWords =
  /datenschutzaufsicht|aufsichtsbehörde|data[- ]protection authorit|supervisory authorit/i;
/** "zulässig", "erlaubt", "allowed" … but not their negations ("unzulässig", "nicht gestattet"). */
const permissionWords =
  /(?<![Uu]n)zulässig|(?<!nicht )erlaubt|(?<!nicht )gestattet|(?<!not )\ballowed\b|(?<!not )\bpermitted\b/i;

/**
 * A status label may name a kind of authority only when a cited source is
 * one, and never grants a permission (no source here grants one).
 */
export function labelViolations(label: string, citedKinds: ReadonlySet<IssuerKind>): string[] {
  const problems: string[] = [];
  if (supervisoryWords.test(label) && !citedKinds.has('supervisory-authority'))
    problems.push(`label "${label}" names a supervisory authority, but no cited source is one`);
  if (permissionWords.test(label)) problems.push(`label "${label}" grants a permission no source grants`);
  return problems;
}

/** The labels a verdict of this status is shown with, in every language. */
export function statusLabels(status: Status): string[] {
  return [bannerTextDe.status[status], bannerTextEn.status[status]];
}

export function statusLabelViolations(tool: Tool, sources: ReadonlyMap<string, Source>): RuleViolation[] {
  return Object.entries(tool.verdicts).flatMap(([profile, verdict]) => {
    if (!verdict) return [];
    const kinds = new Set(verdict.points.flatMap((p) => sources.get(p.source)?.issuerKind ?? []));
    return statusLabels(verdict.status)
      .flatMap((label) => labelViolations(label, kinds))
      .map((message) => ({ field: `verdicts.${profile}.status`, message }));
  });
}

const termsOfService =
  /\bAGB|geschäftsbedingung|nutzungsbedingung|lizenz|terms of (service|use)|\bToS\b|\bEULA\b/i;
/** What a legal norm or an internal rule looks like when it is named. */
const norm =
  /\b(Art\.|§|Ziff\.|Abs\.|DSGVO|GDPR|BDSG|Verordnung|Gesetz|Richtlinie|Anweisung|Geschäftsanweisung|Dienstanweisung|Merkblatt|Erlass|Beschluss)/;

/**
 * `legalBasis` holds a legal norm or an internal rule, never terms of service.
 * An organisation's own rules may cite their internal rules by their own
 * abbreviations (e.g. "DA IT Nr. 4"): for them only the terms check applies.
 */
export function legalBasisViolation(
  legalBasis: string,
  { requireNorm = true }: { requireNorm?: boolean } = {},
): string | undefined {
  if (termsOfService.test(legalBasis))
    return `legal basis "${legalBasis}" is a vendor's terms, not a legal norm or internal rule`;
  if (requireNorm && !norm.test(legalBasis))
    return `legal basis "${legalBasis}" names no legal norm or internal rule`;
  return undefined;
}

/** A point whose reasoning has been overtaken: it is never shown without what happened since. */
export function isSuperseded(point: RationalePoint, sources: ReadonlyMap<string, Source>): boolean {
  return point.laterEvents.length > 0 || (sources.get(point.source)?.status ?? 'in-force') !== 'in-force';
}

function normalise(text: string): string {
  return text
    .replace(/[„“”"‚‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function pointViolations(
  point: RationalePoint,
  at: string,
  sources: ReadonlyMap<string, Source>,
  toolIds: ReadonlySet<string>,
): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const source = sources.get(point.source);
  if (point.legalBasis) {
    const message = legalBasisViolation(point.legalBasis);
    if (message) problems.push({ field: `${at}.legalBasis`, message });
  }
  point.names.forEach((id, i) => {
    if (!toolIds.has(id)) problems.push({ field: `${at}.names[${i}]`, message: `unknown tool "${id}"` });
  });
  if (!source) return problems;
  // A decision that was set aside is shown only with the event that set it aside.
  if (source.status === 'set-aside' && point.laterEvents.length === 0)
    problems.push({
      field: `${at}.laterEvents`,
      message: `source "${source.id}" was set aside: the point needs the later events that say so`,
    });
  // Without a text copy, a quote must be one of the passages recorded as seen.
  if (!source.textCopy && source.jurisdiction !== 'organisation') {
    const seen = (source.wording ?? []).map(normalise);
    if (!seen.some((w) => w.includes(normalise(point.quote))))
      problems.push({
        field: `${at}.quote`,
        message: `quote is not in the wording recorded for "${source.id}" (sources.yaml: wording)`,
      });
  }
  if (point.quoteBy === 'report' && !source.reportedIn)
    problems.push({ field: `${at}.quoteBy`, message: `"${source.id}" names no report (reportedIn)` });
  return problems;
}

/** Every rule, for one tool. */
export function toolViolations(
  tool: Tool,
  sources: ReadonlyMap<string, Source>,
  toolIds: ReadonlySet<string>,
): RuleViolation[] {
  const points = Object.entries(tool.verdicts).flatMap(([profile, verdict]) =>
    (verdict?.points ?? []).flatMap((p, i) =>
      pointViolations(p, `verdicts.${profile}.points[${i}]`, sources, toolIds),
    ),
  );
  return [...ownVerdictViolations(tool, sources), ...statusLabelViolations(tool, sources), ...points];
}
