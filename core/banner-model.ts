/**
 * What the banner shows, already resolved for one page, profile and language.
 * It crosses the message boundary from the background to the content script,
 * so its schema is checked there too.
 */
import { z } from 'zod';
import { Level, Status } from './policy-schema';
import { Language } from './ui-text';

const Text = z.string().max(4000);
const SafeUrl = z.string().refine((u) => {
  try {
    return new URL(u).protocol === 'https:';
  } catch {
    return false;
  }
}, 'only https: links');

export const SourceView = z.object({
  issuer: Text,
  title: Text,
  date: Text,
  identifiers: z.array(Text),
  url: SafeUrl.optional(),
  reportedIn: Text.optional(),
  note: Text.optional(),
});
export type SourceView = z.infer<typeof SourceView>;

export const PointView = z.object({
  text: Text,
  legalBasis: Text.optional(),
  quote: Text,
  statedOn: Text,
  source: SourceView,
  laterEvents: z.array(z.object({ date: Text, text: Text })),
});
export type PointView = z.infer<typeof PointView>;

export const AlternativeView = z.object({
  name: Text,
  description: Text,
  note: Text.optional(),
  url: SafeUrl.optional(),
});
export type AlternativeView = z.infer<typeof AlternativeView>;

export const BannerModel = z.object({
  lang: z.enum(Language),
  toolId: z.string(),
  toolName: Text,
  partLabel: Text,
  level: Level,
  status: Status,
  statusText: Text,
  summary: Text,
  profileName: Text,
  /** Set when the chosen profile has no statement and the general guidance is shown. */
  fallbackNotice: Text.optional(),
  points: z.array(PointView),
  alternatives: z.array(AlternativeView),
  stand: Text,
  catalogueVersion: Text,
  /** Fragment of the catalogue page with the full entry, e.g. `#tool=whatsapp`. */
  detailsFragment: z.string(),
});
export type BannerModel = z.infer<typeof BannerModel>;
