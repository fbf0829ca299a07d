/**
 * Search and filters of the catalogue page, over already localised
 * {@link ToolEntry}s: the page searches what the reader sees.
 */
import type { Category, ProfileId, Status } from '../catalogue/policy-schema';
import type { ToolEntry } from '../catalogue/tool-entry';

export interface CatalogueFilter {
  /** Words that must all occur in the entry's name, addresses, description or rationale. */
  query: string;
  /** Only tools on which this jurisdiction made a statement of its own. */
  profile?: ProfileId | undefined;
  category?: Category | undefined;
  /** With `profile`: that jurisdiction's status; otherwise any statement's. */
  status?: Status | undefined;
}

export const noFilter: CatalogueFilter = { query: '' };

/**
 * Lower case, German umlauts and ß spelled out, other accents dropped, so
 * "Köln" is found by "köln" and "koeln", "Baden-Württemberg" by "wurttemberg"
 * as well as "württemberg".
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ');
}

/** Everything a search looks at, folded: name, addresses, labels, description and every statement's rationale. */
export function searchableText(entry: ToolEntry): string {
  const parts = entry.parts.flatMap((p) => [
    p.label,
    ...p.hosts,
    ...p.hosts.flatMap((h) => p.paths.map((path) => `${h}${path}`)),
  ]);
  const verdicts = entry.verdicts.flatMap((v) => [
    v.summary,
    ...v.points.flatMap((p) => [p.text, p.legalBasis ?? '']),
  ]);
  return foldForSearch([entry.name, entry.description, ...parts, ...verdicts].join('\n'));
}

/** Search terms: whitespace-separated, folded; quotes are ignored. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query.replace(/["„“”]/g, ' '))
    .split(' ')
    .filter((t) => t.length > 0);
}

export function matchesFilter(
  entry: ToolEntry,
  filter: CatalogueFilter,
  text = searchableText(entry),
): boolean {
  if (filter.category && entry.category !== filter.category) return false;
  const verdicts = filter.profile
    ? entry.verdicts.filter((v) => v.profileId === filter.profile)
    : entry.verdicts;
  if (verdicts.length === 0) return false;
  if (filter.status && !verdicts.some((v) => v.status === filter.status)) return false;
  return searchTerms(filter.query).every((term) => text.includes(term));
}

export function filterEntries(entries: readonly ToolEntry[], filter: CatalogueFilter): ToolEntry[] {
  return entries.filter((e) => matchesFilter(e, filter));
}

/** True when no filter narrows the list. */
export function isUnfiltered(filter: CatalogueFilter): boolean {
  return searchTerms(filter.query).length === 0 && !filter.profile && !filter.category && !filter.status;
}
