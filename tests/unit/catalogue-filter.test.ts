import { describe, expect, it } from 'vitest';
import {
  filterEntries,
  foldForSearch,
  isUnfiltered,
  matchesFilter,
  searchTerms,
} from '../../core/trainer/catalogue-filter';
import { createCatalogueLookup } from '../../core/catalogue/catalogue-lookup';
import type { Catalogue } from '../../core/catalogue/policy-schema';
import { toolEntry } from '../../core/catalogue/tool-entry';
import compiled from '../../generated/catalogue.json';
import { miniLookup } from './support';

const mini = miniLookup();
const entries = mini.catalogue.tools.map((tool) => toolEntry(mini, tool, 'de'));
const ids = (filter: Parameters<typeof filterEntries>[1]) => filterEntries(entries, filter).map((e) => e.id);

describe('foldForSearch', () => {
  it.each([
    ['Köln', 'koeln'],
    ['BADEN-WÜRTTEMBERG', 'baden-wuerttemberg'],
    ['Straße', 'strasse'],
    ['Café  crème', 'cafe creme'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it('splits a query into folded words and ignores quotes', () => {
    expect(searchTerms('  „Daten  FLIESSEN“ ')).toEqual(['daten', 'fliessen']);
  });
});

describe('catalogue search', () => {
  it.each([
    ['the name', 'chatapp', ['chatapp']],
    ['an address', 'meet.example', ['meet']],
    ['an address with its path', 'meet.example/j', ['meet']],
    ['a part label', 'Besprechung', ['meet']],
    ['the description', 'videokonferenz', ['meet']],
    ["a statement's summary", 'verboten', ['chatapp']],
    ['a rationale point', 'fließen', ['chatapp']],
    ['a legal basis', 'DSGVO', ['chatapp']],
    ['words anywhere in the entry, all of them', 'messenger daten', ['chatapp']],
    ['nothing for words that occur in no entry together', 'messenger videokonferenz', []],
    ['everything for an empty query', '   ', ['chatapp', 'meet']],
  ])('finds by %s', (_, query, expected) => {
    expect(ids({ query })).toEqual(expected);
  });

  it('searches the language the page shows', () => {
    const english = mini.catalogue.tools.map((tool) => toolEntry(mini, tool, 'en'));
    expect(filterEntries(english, { query: 'prohibited' }).map((e) => e.id)).toEqual(['chatapp']);
    expect(filterEntries(english, { query: 'verboten' })).toEqual([]);
  });
});

describe('catalogue filters', () => {
  it('filters by category', () => {
    expect(ids({ query: '', category: 'video-conferencing' })).toEqual(['meet']);
  });

  it('keeps only tools on which the jurisdiction made a statement of its own', () => {
    expect(ids({ query: '', profile: 'bund' })).toEqual(['chatapp']);
    expect(ids({ query: '', profile: 'general' })).toEqual(['chatapp', 'meet']);
    expect(ids({ query: '', profile: 'koeln' })).toEqual([]);
  });

  it("filters by status: that jurisdiction's when one is chosen, any statement's otherwise", () => {
    expect(ids({ query: '', status: 'prohibited' })).toEqual(['chatapp']);
    expect(ids({ query: '', status: 'prohibited', profile: 'general' })).toEqual([]);
    expect(ids({ query: '', status: 'not-approved', profile: 'general' })).toEqual(['chatapp']);
    expect(ids({ query: '', status: 'caution' })).toEqual(['meet']);
  });

  it('combines search and filters', () => {
    expect(ids({ query: 'nicht', category: 'messenger' })).toEqual(['chatapp']);
    expect(ids({ query: 'chatapp', category: 'video-conferencing' })).toEqual([]);
  });

  it('says when nothing narrows the list', () => {
    expect(isUnfiltered({ query: ' ' })).toBe(true);
    expect(isUnfiltered({ query: '', category: 'messenger' })).toBe(false);
    expect(isUnfiltered({ query: 'x' })).toBe(false);
  });
});

describe('on the bundled catalogue', () => {
  const lookup = createCatalogueLookup(compiled as Catalogue);
  const all = lookup.catalogue.tools.map((tool) => toolEntry(lookup, tool, 'de'));
  const find = (query: string) => all.filter((e) => matchesFilter(e, { query })).map((e) => e.id);

  it.each([
    ['WhatsApp', 'whatsapp'],
    ['wa.me', 'whatsapp'],
    ['zoom.us', 'zoom'],
    ['tiktok', 'tiktok'],
    ['wetransfer', 'private-cloud-storage'],
  ])('finds %s', (query, id) => {
    expect(find(query)).toContain(id);
  });

  it('finds the tools Hessen made a statement on, and only those', () => {
    const hessen = lookup.catalogue.tools.filter((t) => t.verdicts.hessen).map((t) => t.id);
    expect(all.filter((e) => matchesFilter(e, { query: '', profile: 'hessen' })).map((e) => e.id)).toEqual(
      hessen,
    );
    expect(hessen.length).toBeGreaterThan(0);
  });
});
