/**
 * What the banner shows, already resolved for one page, profile and language.
 * It crosses the message boundary from the background to the content script,
 * so its schema is checked there too.
 */
import { z } from 'zod';
import { Mode } from '../settings/managed-settings';
import { Level, SourceStatus, Status } from '../catalogue/policy-schema';
import { Language } from '../ui-text';

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
  status: SourceStatus,
  /** Set where the document is not in force, e.g. "Aufgehoben: Anordnung von 2023 vom VG Köln 2025 aufgehoben, nicht rechtskräftig". */
  statusText: Text.optional(),
  /** When the wording was last checked. */
  retrieved: Text,
});
export type SourceView = z.infer<typeof SourceView>;

export const PointView = z.object({
  text: Text,
  legalBasis: Text.optional(),
  quote: Text,
  /** Set when the quote is the reporting outlet's sentence, not the authority's. */
  quoteAttribution: Text.optional(),
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

export const ContactView = z.object({
  /** e.g. "Datenschutzbeauftragte/r" */
  role: Text,
  name: Text.optional(),
  email: z.email().optional(),
  phone: Text.optional(),
  url: SafeUrl.optional(),
});
export type ContactView = z.infer<typeof ContactView>;

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
  /** How the page is treated (see `ManagedSettings.mode`). */
  mode: Mode,
  /** Whether "Verstanden" is offered (inform mode). */
  dismissible: z.boolean(),
  /** Block mode: whether "continue anyway" is offered. */
  continueAllowed: z.boolean(),
  /** The user's own organisation, when IT configured it. */
  organisation: z
    .object({
      name: Text,
      colour: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .optional(),
      message: Text.optional(),
    })
    .optional(),
  contacts: z.array(ContactView),
  /** "Freigabe beantragen": where a request for approval goes. */
  approval: z.object({ email: z.email().optional(), url: SafeUrl.optional() }).optional(),
  /** The page's address, for the approval request and the block page. */
  pageUrl: Text,
  /** Shown by a trainer on an unrelated page: marked as a demonstration. */
  demo: z.boolean(),
  /** What a decision here is given for, with `status` and `mode` (see core/notice/verdict-basis.ts). */
  basis: z.object({ profile: z.string().max(64), statements: z.array(z.string().max(300)) }),
  /** The verdict changed since the user's last decision on this site: what changed, in plain words. */
  changes: z.array(Text).optional(),
});
export type BannerModel = z.infer<typeof BannerModel>;
