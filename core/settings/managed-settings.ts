/**
 * The organisation's settings, deployed by IT through managed browser policy
 * (Chrome/Edge `storage.managed`, Firefox `policies.json`). This zod schema
 * is the single source of everything an admin touches: the browser's
 * `managed_schema.json`, the ADMX template and every example are generated
 * from it (`npm run admin:templates`).
 */
import { z } from 'zod';
import {
  Category,
  HostPattern,
  HttpsUrl,
  Level,
  PathPrefix,
  ProfileId,
  Status,
} from '../catalogue/policy-schema';
import { Language } from '../ui-text';

// zod's English messages ("expected one of …") are installed by a side effect
// that bundlers drop; admins need them, so install them where they are used.
z.config(z.locales.en());

export const Mode = z.enum(['inform', 'acknowledge', 'reason', 'block']).meta({
  description:
    'inform: banner, dismissible · acknowledge: page covered until the user confirms · reason: as acknowledge, the user types why (kept on this device only) · block: the page never loads',
});
export type Mode = z.infer<typeof Mode>;

const ruleId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by "-"')
  .max(64);

const plainText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

const Email = z.email('expected an e-mail address').max(254);
const Phone = z.string().regex(/^\+?[0-9 ()/-]{3,30}$/, 'expected a phone number such as "+49 211 123-0"');

export const Contact = z
  .object({
    name: plainText(120).optional(),
    email: Email.optional(),
    phone: Phone.optional(),
    url: HttpsUrl.optional(),
  })
  .strict()
  .meta({ description: 'A contact: name, e-mail, phone and/or an https intranet page (each optional).' });
export type Contact = z.infer<typeof Contact>;

export const OrganisationAlternative = z
  .object({
    name: plainText(120),
    description: plainText(300).optional(),
    url: HttpsUrl.optional(),
    /** Catalogue tool ids this alternative replaces; empty = every tool of these categories. */
    tools: z.array(ruleId).max(100).optional(),
    categories: z.array(Category).optional(),
  })
  .strict()
  .meta({
    description: 'An alternative your organisation runs (e.g. its own Matrix or Jitsi); shown first.',
  });
export type OrganisationAlternative = z.infer<typeof OrganisationAlternative>;

export const ExtraRule = z
  .object({
    id: ruleId,
    name: plainText(120),
    category: Category,
    hosts: z.array(HostPattern).min(1).max(100),
    paths: z.array(PathPrefix).max(50).optional(),
    level: Level.default('warn'),
    status: Status,
    /** The status in one sentence, in the organisation's words. */
    summary: plainText(300),
    /** 1–4 reasons in plain words. */
    reasons: z.array(plainText(500)).min(1).max(4),
    legalBasis: plainText(200).optional(),
    /** The organisation's own document the rule rests on (e.g. a Dienstanweisung). */
    document: z
      .object({
        title: plainText(300),
        date: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
          .optional(),
        url: HttpsUrl.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .meta({
    description: 'A tool your organisation adds: same matching as the catalogue (host and its subdomains).',
  });
export type ExtraRule = z.infer<typeof ExtraRule>;

/** Every setting, each optional: what is not set keeps the bundled default. */
export const ManagedSettings = z
  .object({
    profile: ProfileId.meta({ description: 'Jurisdiction whose statements the banner shows.' }),
    language: z.enum(Language).meta({ description: "Language of the banner; default: the browser's." }),
    mode: Mode.meta({ description: 'Default mode for pages that warn.' }),
    modeByStatus: z.partialRecord(Status, Mode).meta({ description: 'Mode per status; wins over "mode".' }),
    modeByRule: z.record(ruleId, Mode).meta({ description: 'Mode per tool id; wins over everything else.' }),
    organisation: z
      .object({
        name: plainText(120),
        colour: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like "#004b87"')
          .optional(),
        message: plainText(500).optional(),
      })
      .strict()
      .meta({ description: 'Your organisation: its name is shown on the banner.' }),
    contacts: z
      .object({
        dataProtectionOfficer: Contact.optional(),
        itSecurityOfficer: Contact.optional(),
        serviceDesk: Contact.optional(),
      })
      .strict()
      .meta({ description: 'Where questions go; each optional.' }),
    approvalRequest: z.object({ email: Email.optional(), url: HttpsUrl.optional() }).strict().meta({
      description: '"Freigabe beantragen": a mail address (prefilled mail) or an https intranet form.',
    }),
    alternatives: z
      .array(OrganisationAlternative)
      .max(100)
      .meta({ description: 'Your own approved alternatives.' }),
    extraRules: z.array(ExtraRule).max(1000).meta({ description: 'Tools your organisation adds.' }),
    exceptions: z
      .object({
        hosts: z.array(HostPattern).max(1000).optional(),
        rules: z.array(ruleId).max(200).optional(),
      })
      .strict()
      .meta({
        description: 'Hosts (with subdomains) or tool ids that never warn, e.g. your on-premise Webex.',
      }),
    dismissal: z
      .object({
        allowed: z.boolean().default(true),
        hours: z.number().int().min(0).max(8760).default(0),
      })
      .strict()
      .meta({
        description:
          'May users hide the banner ("Verstanden"), and for how long (0 = until the browser closes).',
      }),
    acknowledgementHours: z.number().int().min(0).max(8760).meta({
      description:
        'How long a confirmation (acknowledge/reason) lasts per site; 0 = every visit. Default 24.',
    }),
    reasonRetentionDays: z.number().int().min(0).max(3650).meta({
      description:
        'Days the reasons users type (reason mode) are kept on the device; 0 = only while the confirmation holds. Default 90. Nothing is ever sent.',
    }),
    allowContinue: z.boolean().meta({ description: 'Block mode: offer "continue anyway" (default: no).' }),
    demoMode: z
      .boolean()
      .meta({ description: 'Trainers may show the banner on any page from the popup (default: yes).' }),
    configuredSettings: z.array(z.string().max(64)).max(50).meta({
      description:
        'The names of the settings this policy sets (the templates and the policy editor write it), so that a setting the browser discarded is named instead of missing in silence.',
    }),
  })
  .partial()
  .meta({ title: 'Leitplanke', description: 'Settings your IT department manages for Leitplanke.' });
export type ManagedSettings = z.infer<typeof ManagedSettings>;
export type ManagedKey = keyof ManagedSettings;

/** One rejected managed value, precise enough for an admin to fix it. */
export interface SettingProblem {
  /** e.g. `extraRules[3].hosts[0]` */
  path: string;
  /** What was expected, in the schema's words. */
  expected: string;
  /** What was found, shortened. */
  found: string;
  /** The whole setting was discarded by the browser before the extension saw it (see configured-settings.ts). */
  discarded?: true;
}

/** Shows a found value without flooding the diagnostics page. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
