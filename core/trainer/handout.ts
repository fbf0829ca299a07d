/**
 * The printable handout for one profile: per tool what holds, why not (the
 * verdict's own summary and legal bases), what instead (the organisation's
 * alternatives first, as on the banner) and the sources. Only catalogue and
 * organisation content: nothing here is written for the handout.
 */
import type { AlternativeView, ContactView, SourceView } from '../notice/banner-model';
import type { EffectivePolicy } from '../settings/effective-policy';
import { Category, type ProfileId, type Status } from '../catalogue/policy-schema';
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
  legalBases: string[];
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
      legalBases: [...new Set(verdict.points.flatMap((p) => (p.legalBasis ? [p.legalBasis] : [])))],
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
