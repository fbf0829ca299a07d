/**
 * The policy catalogue's schema: the single source of the catalogue's types.
 *
 * The files under `policy/` (YAML, reviewed like law) are parsed against these
 * schemas at build time and in tests; the compiled catalogue the extension
 * bundles has the shape of {@link Catalogue}.
 */
import { z } from 'zod';

/** Text a user reads: German first, English always present. */
export const LocalisedText = z
  .object({
    de: z.string().trim().min(1, 'German text must not be empty'),
    en: z.string().trim().min(1, 'English text must not be empty'),
  })
  .strict();
export type LocalisedText = z.infer<typeof LocalisedText>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a calendar date');

/** Either a full date or, where a document states no day, a month or year. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** Only `https:` links ever reach a user. */
export const HttpsUrl = z
  .string()
  .url('expected a URL')
  // `.url()` does not stop the chain: a string it rejected must not make this throw.
  .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'only https: links are allowed');

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by "-" (e.g. "whatsapp-web")');

export const ProfileId = z.enum(['general', 'bund', 'nrw', 'hessen', 'bw', 'koeln']);
export type ProfileId = z.infer<typeof ProfileId>;

/**
 * How strongly a statement restricts a tool. Ordered from strict to soft; the
 * banner's tone follows it.
 */
export const Status = z.enum([
  /** An authority explicitly forbids it. */
  'prohibited',
  /** Not provided / no approval (Freigabe) exists. */
  'not-approved',
  /** An authority advises against it. */
  'discouraged',
  /** Only allowed case by case. */
  'case-by-case',
  /** In use somewhere, but compliance was never confirmed. */
  'caution',
]);
export type Status = z.infer<typeof Status>;

export const Category = z.enum(['messenger', 'video-conferencing', 'social-media', 'cloud-storage']);
export type Category = z.infer<typeof Category>;

/**
 * A hostname as written in policy files: lower-case ASCII (punycode for IDNs),
 * no scheme, port, path, wildcard or trailing dot. A rule for `zoom.us` covers
 * `zoom.us` and every subdomain of it.
 */
export const HostPattern = z
  .string()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/,
    'expected a lower-case hostname such as "web.whatsapp.com" (punycode for IDNs; no scheme, port, path or wildcard)',
  );

/** A path prefix such as `/join`; matched on segment boundaries. */
export const PathPrefix = z
  .string()
  .regex(/^\/[^\s?#]*$/, 'expected a path starting with "/" and without query or fragment');

// ---------------------------------------------------------------------------
// Sources registry (policy/sources.yaml)

export const SourceKind = z.enum([
  'parliamentary-answer',
  'council-answer',
  'press-report',
  'circular',
  'court-decision',
  'regulation',
  'guidance',
  'press-release',
]);

/**
 * What kind of body the issuer is. Labels and texts may name a kind of
 * authority (e.g. "Datenschutzaufsicht") only when a cited source is one.
 */
export const IssuerKind = z.enum([
  'supervisory-authority',
  'government',
  'administration',
  'court',
  'eu-institution',
  'legislature',
  /** A company about its own product (e.g. a service's end); never a legal statement. */
  'vendor',
  'organisation',
]);
export type IssuerKind = z.infer<typeof IssuerKind>;

/** Whether a document still says what holds. */
export const SourceStatus = z.enum([
  /** Not withdrawn, set aside or superseded, as far as checked. */
  'in-force',
  /** Challenged, or itself a decision that is not final. */
  'contested',
  /** Set aside (e.g. by a court), possibly not yet finally. */
  'set-aside',
  /** Describes a past situation (e.g. pandemic-time guidance, a survey of its year). */
  'historical',
]);
export type SourceStatus = z.infer<typeof SourceStatus>;

export const Source = z
  .object({
    id: slug,
    /** Who said it: the authority, not the outlet that reported it. */
    issuer: LocalisedText,
    issuerKind: IssuerKind,
    jurisdiction: z.enum(['eu', 'bund', 'nrw', 'hessen', 'bw', 'koeln', 'organisation']),
    kind: SourceKind,
    date: partialDate,
    title: z.string().min(1),
    identifiers: z.array(z.string().min(1)).default([]),
    url: HttpsUrl.optional(),
    /** Where a statement reached us second-hand (e.g. a newspaper quoting an authority). */
    reportedIn: z.string().min(1).optional(),
    /** Caveats about the document itself (OCR, unknown date, …). */
    note: LocalisedText.optional(),
    /**
     * File name of the plain-text copy of the document that quotes are checked
     * against (`../shared/seeds/` in this workplace). Not shown to users.
     */
    textCopy: z
      .string()
      .regex(/^[\w.-]+\.txt$/)
      .optional(),
    /** Quotes from this copy were corrected for obvious OCR errors only. */
    ocrNormalised: z.boolean().default(false),
    status: SourceStatus,
    /** Required unless in force: what happened, in one phrase with its date (shown to users). */
    statusNote: LocalisedText.optional(),
    /** When its wording was last checked against the document or the page that reports it. */
    retrieved: isoDate,
    /**
     * Without a text copy: the verbatim passages seen on the page at `url` (or in
     * `reportedIn`) when it was retrieved. Quotes from this source must be one of them.
     */
    wording: z.array(z.string().min(10)).optional(),
  })
  .strict()
  .refine((s) => s.status === 'in-force' || s.statusNote !== undefined, {
    message: 'a source that is not in force needs a statusNote saying what happened',
    path: ['statusNote'],
  });
export type Source = z.infer<typeof Source>;

export const SourcesFile = z.object({ sources: z.array(Source).min(1) }).strict();

// ---------------------------------------------------------------------------
// Approved alternatives (policy/alternatives.yaml)

export const Alternative = z
  .object({
    id: slug,
    name: z.string().min(1),
    description: LocalisedText,
    url: HttpsUrl.optional(),
    /** Hosts of the alternative: they must never trigger a warning (checked in tests). */
    hosts: z.array(HostPattern).default([]),
  })
  .strict();
export type Alternative = z.infer<typeof Alternative>;

export const AlternativesFile = z.object({ alternatives: z.array(Alternative).min(1) }).strict();

// ---------------------------------------------------------------------------
// Profiles (policy/profiles.yaml)

export const Profile = z
  .object({
    id: ProfileId,
    name: LocalisedText,
    /** Whose statements this profile follows, in one phrase. */
    description: LocalisedText,
  })
  .strict();
export type Profile = z.infer<typeof Profile>;

export const ProfilesFile = z.object({ profiles: z.array(Profile).min(1) }).strict();

// ---------------------------------------------------------------------------
// Tools (policy/tools/*.yaml)

/** A later event that changes how an older statement reads today. */
export const LaterEvent = z
  .object({
    date: isoDate,
    text: LocalisedText,
    source: slug,
  })
  .strict();
export type LaterEvent = z.infer<typeof LaterEvent>;

export const RationalePoint = z
  .object({
    /** The point in plain words. */
    text: LocalisedText,
    /** e.g. "Art. 44 DSGVO", "Telekommunikationsrichtlinie Hessen Ziff. 1.2.3". */
    legalBasis: z.string().min(1).optional(),
    /** Id of an entry in the sources registry. */
    source: slug,
    /**
     * The catalogued services (tool ids) the cited document names where it
     * makes this statement (in the quoted passage or the question it answers).
     * A profile's own verdict needs a point of that jurisdiction naming the tool.
     */
    names: z.array(slug).default([]),
    /**
     * Whose words the quote is: the issuer's, or the reporting outlet's own
     * sentence (then it is never shown as the authority's words).
     */
    quoteBy: z.enum(['issuer', 'report']).default('issuer'),
    /** Verbatim quote, German as written in the source (≤ ~40 words). */
    quote: z
      .string()
      .min(10)
      .refine((q) => q.split(/\s+/).length <= 60, 'quote is too long; quote a short passage'),
    /** When the statement was made, if different from the source's date. */
    statedOn: partialDate.optional(),
    /** Events since, with dates: the point is shown with them, never as if new. */
    laterEvents: z.array(LaterEvent).default([]),
  })
  .strict();
export type RationalePoint = z.infer<typeof RationalePoint>;

export const AlternativeRef = z
  .object({
    id: slug,
    /** What holds for this alternative in this profile (e.g. "nur für die Polizei"). */
    note: LocalisedText.optional(),
  })
  .strict();

export const Verdict = z
  .object({
    status: Status,
    /** The status in one plain sentence. */
    summary: LocalisedText,
    points: z.array(RationalePoint).min(1, 'a verdict needs at least one cited point').max(4),
    alternatives: z.array(AlternativeRef).default([]),
  })
  .strict();
export type Verdict = z.infer<typeof Verdict>;

/** Whether a part of a service warns (the app itself) or only informs (its public pages). */
export const Level = z.enum(['warn', 'inform']);
export type Level = z.infer<typeof Level>;

export const ToolPart = z
  .object({
    id: slug,
    label: LocalisedText,
    level: Level,
    hosts: z.array(HostPattern).min(1),
    /** Optional path prefixes where a service shares its host with unrelated pages. */
    paths: z.array(PathPrefix).optional(),
    /** Where the hosts come from: the vendor's documentation of its domains or link formats. */
    hostSources: z.array(z.object({ url: HttpsUrl, says: z.string().min(1) }).strict()).optional(),
  })
  .strict();
export type ToolPart = z.infer<typeof ToolPart>;

export const Tool = z
  .object({
    id: slug,
    name: z.string().min(1),
    category: Category,
    description: LocalisedText,
    parts: z.array(ToolPart).min(1),
    /** What holds per profile. `general` is required: it is shown where a profile has no statement. */
    verdicts: z
      .partialRecord(ProfileId, Verdict)
      .refine((v) => v.general !== undefined, 'a tool needs a "general" verdict'),
  })
  .strict();
export type Tool = z.infer<typeof Tool>;

// ---------------------------------------------------------------------------
// Catalogue meta (policy/catalogue.yaml)

export const CatalogueMeta = z
  .object({
    version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, 'expected a version like 2026.11.1'),
    /** The date up to which later developments were checked ("Rechtslage geprüft bis"). */
    stand: isoDate,
    /** When the bundled legal information is due for review; after it, IT is told so. */
    reviewBy: isoDate,
  })
  .strict()
  .refine((m) => m.reviewBy > m.stand, { message: 'reviewBy must lie after stand', path: ['reviewBy'] });
export type CatalogueMeta = z.infer<typeof CatalogueMeta>;

/** The compiled catalogue the extension bundles. */
export const Catalogue = z
  .object({
    meta: CatalogueMeta,
    sources: z.array(Source),
    alternatives: z.array(Alternative),
    profiles: z.array(Profile),
    tools: z.array(Tool),
  })
  .strict();
export type Catalogue = z.infer<typeof Catalogue>;

/** The schemas published as JSON Schema for people editing `policy/` (`policy/schema/<name>.schema.json`). */
export const editorSchemas = {
  tool: Tool,
  sources: SourcesFile,
  alternatives: AlternativesFile,
  profiles: ProfilesFile,
};
