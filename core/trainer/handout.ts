/**
 * The printable handout for one profile: per tool what holds, the reasoning
 * (the verdict's own summary, legal bases and their later events), what instead (the organisation's
 * alternatives first, as on the banner) and the sources. Only catalogue and
 * organisation content: nothing here is written for the handout.
 */
import type { AlternativeView, ContactView, SourceView } from '../notice/banner-model';
import type { EffectivePolicy } from '../settings/effective-policy';
import { Category, type ProfileId, type RationalePoint, type Status } from '../catalogue/policy-schema';
import { alternativeViews, sourceView, verdictFor } from '../notice/resolve-banner';
import { contactViews, organisationAlternatives } from '../notice/resolve-page';
import { formatDate, type Language, uiText } from '../ui-text';

export interface HandoutRow {
  toolId: string;
  name: string;
  category: Category;
  status: Status;
  statusText: string;
  summary: string;
  /** The profile made no statement of its own: the general assessment is shown. */
  isFallback: boolean;
  /** Each basis once; `superseded` where its point has later events (shown with them). */
  legalBases: Array<{ text: string; superseded: boolean }>;
  /** The later events of all points, each once, oldest first: never an old reason without them. */
  laterEvents: Array<{ date: string; text: string }>;
  alternatives: AlternativeView[];
  /** Each cited document once, in the order the points cite them. */
  sources: SourceView[];
}

export interface Handout {
  lang: Language;
  profileId: ProfileId;
  profileName: string;
  organisation?: string;
  stand: string;
  catalogueVersion: string;
  /** Grouped by category (catalogue order of categories), then by name. */
  rows: HandoutRow[];
  contacts: ContactView[];
}

function legalBases(points: RationalePoint[]): HandoutRow['legalBases'] {
  const byText = new Map<string, boolean>();
  for (const p of points) {
    if (!p.legalBasis) continue;
    byText.set(p.legalBasis, (byText.get(p.legalBasis) ?? false) || p.laterEvents.length > 0);
  }
  return [...byText].map(([text, superseded]) => ({ text, superseded }));
}

function laterEvents(points: RationalePoint[], lang: Language): HandoutRow['laterEvents'] {
  const seen = new Map<string, { iso: string; text: string }>();
  for (const e of points.flatMap((p) => p.laterEvents)) {
    const text = e.text[lang];
    if (!seen.has(text)) seen.set(text, { iso: e.date, text });
  }
  return [...seen.values()]
    .sort((a, b) => a.iso.localeCompare(b.iso))
    .map((e) => ({ date: formatDate(e.iso, lang), text: e.text }));
}

export function buildHandout(policy: EffectivePolicy, profileId: ProfileId, lang: Language): Handout {
  const { catalogue, sources } = policy.lookup;
  const t = uiText(lang);
  const profile = catalogue.profiles.find((p) => p.id === profileId);
  const rows = catalogue.tools.map((tool): HandoutRow => {
    const { verdict, isFallback } = verdictFor(tool, profileId);
    const cited = [...new Set(verdict.points.map((p) => p.source))].flatMap((id) => {
      const source = sources.get(id);
      return source ? [sourceView(source, lang)] : [];
    });
    return {
      toolId: tool.id,
      name: tool.name,
      category: tool.category,
      status: verdict.status,
      statusText: t.status[verdict.status],
      summary: verdict.summary[lang],
      isFallback,
      legalBases: legalBases(verdict.points),
      laterEvents: laterEvents(verdict.points, lang),
      alternatives: [
        ...organisationAlternatives(policy.settings, tool),
        ...alternativeViews(verdict, catalogue, lang),
      ],
      sources: cited,
    };
  });
  const order = (c: Category) => Category.options.indexOf(c);
  rows.sort((a, b) => order(a.category) - order(b.category) || a.name.localeCompare(b.name, lang));
  return {
    lang,
    profileId,
    profileName: profile?.name[lang] ?? profileId,
    ...(policy.settings.organisation ? { organisation: policy.settings.organisation.name } : {}),
    stand: formatDate(catalogue.meta.stand, lang),
    catalogueVersion: catalogue.meta.version,
    rows,
    contacts: contactViews(policy.settings, lang),
  };
}
