/**
 * Catalogue + configuration + page → what the banner shows (or nothing).
 */
import type { AlternativeView, BannerModel, PointView, SourceView } from './banner-model';
import type { HostIndex, HostRule } from '../matching/host-index';
import { normaliseUrl } from '../matching/normalise-url';
import type { Catalogue, ProfileId, RationalePoint, Source, Tool, Verdict } from '../catalogue/policy-schema';
import { bannerText } from './banner-text';
import { formatDate, type Language, uiText } from '../ui-text';
import { statementId } from './verdict-basis';

export interface ViewConfig {
  profile: ProfileId;
  language: Language;
}

/** The verdict for a profile, or the general one when the profile said nothing. */
export function verdictFor(tool: Tool, profile: ProfileId): { verdict: Verdict; isFallback: boolean } {
  const own = tool.verdicts[profile];
  if (own) return { verdict: own, isFallback: false };
  // `general` is required by the schema.
  return { verdict: tool.verdicts.general!, isFallback: profile !== 'general' };
}

export function sourceView(source: Source, lang: Language): SourceView {
  const t = bannerText(lang);
  return {
    issuer: source.issuer[lang],
    title: source.title,
    date: formatDate(source.date, lang),
    identifiers: source.identifiers,
    ...(source.url ? { url: source.url } : {}),
    ...(source.reportedIn ? { reportedIn: source.reportedIn } : {}),
    ...(source.note ? { note: source.note[lang] } : {}),
    status: source.status,
    // The schema requires a note wherever the status is not "in force".
    ...(source.status !== 'in-force' && source.statusNote
      ? { statusText: t.sourceStatusLine(t.sourceStatus[source.status], source.statusNote[lang]) }
      : {}),
    retrieved: formatDate(source.retrieved, lang),
  };
}

export function pointView(
  point: RationalePoint,
  sources: ReadonlyMap<string, Source>,
  lang: Language,
): PointView {
  const source = sources.get(point.source);
  if (!source) throw new Error(`unknown source ${point.source}`);
  return {
    text: point.text[lang],
    ...(point.legalBasis ? { legalBasis: point.legalBasis } : {}),
    quote: point.quote,
    ...(point.quoteBy === 'report'
      ? { quoteAttribution: bannerText(lang).quoteByReport(source.reportedIn ?? source.title) }
      : {}),
    statedOn: formatDate(point.statedOn ?? source.date, lang),
    source: sourceView(source, lang),
    laterEvents: point.laterEvents.map((e) => ({ date: formatDate(e.date, lang), text: e.text[lang] })),
  };
}

/** The verdict's alternatives, in the order the policy lists them. */
export function alternativeViews(verdict: Verdict, catalogue: Catalogue, lang: Language): AlternativeView[] {
  return verdict.alternatives.flatMap((ref) => {
    const alt = catalogue.alternatives.find((a) => a.id === ref.id);
    if (!alt) return [];
    return [
      {
        name: alt.name,
        description: alt.description[lang],
        ...(ref.note ? { note: ref.note[lang] } : {}),
        ...(alt.url ? { url: alt.url } : {}),
      },
    ];
  });
}

/** Indexes of a catalogue that every resolution needs (see `createCatalogueLookup`). */
export interface CatalogueLookup {
  catalogue: Catalogue;
  index: HostIndex;
  sources: ReadonlyMap<string, Source>;
}

export function resolveBanner(
  lookup: CatalogueLookup,
  config: ViewConfig,
  href: string,
): BannerModel | undefined {
  const page = normaliseUrl(href);
  if (!page) return undefined;
  const rule = lookup.index.lookup(page.hostname, page.pathname);
  return rule ? bannerForRule(lookup, config, rule, href) : undefined;
}

/** The banner of one tool part, for the page `href`. */
export function bannerForRule(
  lookup: CatalogueLookup,
  config: ViewConfig,
  rule: HostRule,
  href: string,
): BannerModel {
  const { catalogue, sources } = lookup;
  const lang = config.language;
  const t = uiText(lang);
  const { tool, part } = rule;
  const { verdict, isFallback } = verdictFor(tool, config.profile);
  const profile = catalogue.profiles.find((p) => p.id === config.profile);
  const profileName = profile?.name[lang] ?? config.profile;

  return {
    lang,
    toolId: tool.id,
    toolName: tool.name,
    partLabel: part.label[lang],
    level: part.level,
    status: verdict.status,
    statusText: t.status[verdict.status],
    summary: verdict.summary[lang],
    profileName,
    ...(isFallback ? { fallbackNotice: t.fallbackNotice(profileName) } : {}),
    points: verdict.points.map((p) => pointView(p, sources, lang)),
    alternatives: alternativeViews(verdict, catalogue, lang),
    stand: formatDate(catalogue.meta.stand, lang),
    catalogueVersion: catalogue.meta.version,
    detailsFragment: `#tool=${encodeURIComponent(tool.id)}`,
    // Without organisation settings: inform, dismissible, nobody to ask.
    mode: 'inform',
    dismissible: true,
    continueAllowed: false,
    contacts: [],
    pageUrl: href,
    demo: false,
    basis: {
      profile: config.profile,
      // Only a statement's own date: organisation sources without one are dated "today", daily anew.
      statements: verdict.points.map((p) => statementId(p.source, p.statedOn ?? '', p.quote)),
    },
  };
}
