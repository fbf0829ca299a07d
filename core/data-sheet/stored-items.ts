/**
 * Everything the extension stores, one entry per storage key of
 * core/storage-keys.ts, next to the zod schema its value is read with: the
 * data sheet is generated from this list, and a unit test fails when the code
 * touches a key this list does not describe.
 */
import { z } from 'zod';
import {
  APPLIED_POLICY_KEY,
  BLOCK_ENFORCEMENT_KEY,
  confirmedHintKey,
  DECISIONS_KEY,
  dismissedHintKey,
  quietHintKey,
  NOTICE_PASSES_KEY,
  NOTICE_TOKENS_KEY,
  MANAGED_CACHE_KEY,
  RETIRED_KEYS,
  SESSION_DISMISSALS_KEY,
  SNAPSHOT_INDEX_KEY,
  snapshotModelKey,
  USER_SETTINGS_KEY,
} from '../storage-keys';
import { BannerModel } from '../notice/banner-model';
import { BlockEnforcement } from '../matching/block-enforcement';
import { Decision } from '../notice/user-decisions';
import { ManagedSettings } from '../settings/managed-settings';
import { SnapshotIndexSchema } from '../notice/page-snapshot';
import { UserSettings } from '../settings/user-settings';

type Bilingual = { de: string; en: string };

export type StorageArea =
  'storage.local' | 'storage.session' | 'storage.managed' | 'page sessionStorage' | 'page localStorage';

export interface StoredItem {
  /** The key as stored; `<…>` marks a variable part. */
  key: string;
  area: StorageArea;
  /** Whether it says anything about the person using the browser. */
  personal: boolean;
  what: Bilingual;
  retention: Bilingual;
  readers: Bilingual;
  /** What the value is read (and checked) with. */
  schema: z.ZodType;
}

const EXTENSION_ONLY: Bilingual = {
  de: 'Nur die Erweiterung auf diesem Gerät. Keine Website, nicht die IT, nicht das Projekt.',
  en: 'Only the extension on this device. No website, not IT, not the project.',
};
const EXTENSION_AND_NOTICE: Bilingual = {
  de: 'Nur die Erweiterung auf diesem Gerät, auch ihr Hinweis-Skript auf den Websites des Katalogs (die Websites selbst nicht). Nicht die IT, nicht das Projekt.',
  en: "Only the extension on this device, including its notice script on the catalogue's websites (not the websites themselves). Not IT, not the project.",
};

export const STORED_ITEMS: readonly StoredItem[] = [
  {
    key: DECISIONS_KEY,
    area: 'storage.local',
    personal: true,
    what: {
      de: 'Ihre Entscheidungen zu Hinweisen: „Verstanden“ für einige Stunden (wenn die IT das erlaubt), Bestätigungen, im Modus „Begründen“ Ihre Begründung – jeweils mit Zeitpunkt, Website (Hostname), Dienst, Modus und der Bewertung, für die sie galt (Profil, Einstufung, angeführte Stellungnahmen). Höchstens 200 Einträge.',
      en: 'Your decisions on notices: "Understood" for some hours (where IT allows), confirmations, in reason mode your reason – each with time, website (host name), service, mode and the verdict it was given for (profile, rating, statements cited). At most 200 entries.',
    },
    retention: {
      de: 'Eine Entscheidung, solange sie gilt (acknowledgementHours bzw. dismissal.hours); eine Begründung reasonRetentionDays Tage (Standard 90; 0 = solange die Bestätigung gilt). Abgelaufenes wird beim Lesen und beim Start gelöscht. Sie löschen jederzeit selbst unter „Meine Hinweise und Begründungen“.',
      en: 'A decision while it holds (acknowledgementHours or dismissal.hours); a reason for reasonRetentionDays days (default 90; 0 = while the confirmation holds). Expired entries are deleted on read and at start-up. You delete them yourself at any time on "My notices and reasons".',
    },
    readers: EXTENSION_AND_NOTICE,
    schema: z.array(Decision),
  },
  {
    key: SESSION_DISMISSALS_KEY,
    area: 'storage.session',
    personal: true,
    what: {
      de: '„Verstanden“ bis zum Schließen des Browsers: Tab, Website (Hostname), Dienst, Zeitpunkt und die Bewertung, für die es galt.',
      en: '"Understood" until the browser closes: tab, website (host name), service, time and the verdict it was given for.',
    },
    retention: {
      de: 'Im Arbeitsspeicher; weg, wenn der Tab oder der Browser geschlossen wird.',
      en: 'In memory; gone when the tab or the browser is closed.',
    },
    readers: EXTENSION_ONLY,
    schema: z.array(Decision),
  },
  {
    key: dismissedHintKey('<website>'),
    area: 'page sessionStorage',
    personal: true,
    what: {
      de: 'Ein kurzes Kennzeichen, dass auf dieser Website in diesem Tab „Verstanden“ gedrückt wurde, damit der Hinweis beim Neuladen nicht kurz aufblitzt. Ohne Zeit, ohne Begründung.',
      en: 'A short tag that "Understood" was pressed on this website in this tab, so the notice does not flash on reload. No time, no reason.',
    },
    retention: {
      de: 'Bis der Tab geschlossen wird.',
      en: 'Until the tab is closed.',
    },
    readers: {
      de: 'Die besuchte Website selbst kann es lesen (es liegt in ihrem Speicher): Sie erfährt daraus nur, dass der Hinweis ausgeblendet wurde.',
      en: "The website itself can read it (it is in the website's storage): it learns only that the notice was dismissed.",
    },
    schema: z.string().max(8),
  },
  {
    key: confirmedHintKey('<website>'),
    area: 'page sessionStorage',
    personal: true,
    what: {
      de: 'Ein kurzes Kennzeichen, dass der Hinweis auf dieser Website in diesem Tab bestätigt wurde, damit er beim Neuladen nicht kurz aufblitzt. Ohne Zeit, ohne Begründung.',
      en: 'A short tag that the notice was confirmed on this website in this tab, so it does not flash on reload. No time, no reason.',
    },
    retention: {
      de: 'Bis der Tab geschlossen wird.',
      en: 'Until the tab is closed.',
    },
    readers: {
      de: 'Die besuchte Website selbst kann es lesen (es liegt in ihrem Speicher): Sie erfährt daraus nur, dass der Hinweis bestätigt wurde – nie die Begründung.',
      en: "The website itself can read it (it is in the website's storage): it learns only that the notice was confirmed – never the reason.",
    },
    schema: z.string().max(8),
  },
  {
    key: quietHintKey('<website>'),
    area: 'page localStorage',
    personal: true,
    what: {
      de: 'Ein Kennzeichen „1“, dass beim letzten Besuch dieser Website kein Hinweis nötig war (ein freigegebener Dienst, eine Ausnahme der IT oder eine Bestätigung, die noch gilt), damit ein neuer Tab keinen Platz für den Hinweis freihält und die Seite nicht springt. Ohne Zeit, ohne Begründung.',
      en: 'A tag "1" that no notice was needed at the last visit to this website (an approved service, an exception set by IT, or a confirmation that still holds), so a new tab does not hold space for the notice and the page does not jump. No time, no reason.',
    },
    retention: {
      de: 'Bis auf dieser Website wieder ein Hinweis erscheint oder die Daten der Website im Browser gelöscht werden.',
      en: "Until a notice appears on this website again, or the website's data is cleared in the browser.",
    },
    readers: {
      de: 'Die besuchte Website selbst kann es lesen (es liegt in ihrem Speicher): Sie erfährt daraus nur, dass beim letzten Besuch kein Hinweis gezeigt wurde.',
      en: "The website itself can read it (it is in the website's storage): it learns only that no notice was shown at the last visit.",
    },
    schema: z.literal('1'),
  },
  {
    key: NOTICE_TOKENS_KEY,
    area: 'storage.session',
    personal: false,
    what: {
      de: 'Je Tab eine zufällige Kennung, die nur das Bestätigungsfeld der Erweiterung im Hinweis kennt: So kann keine Website eine Bestätigung vortäuschen.',
      en: "One random token per tab that only the extension's confirmation frame in the notice knows, so no website can forge a confirmation.",
    },
    retention: {
      de: 'Bis der Tab oder der Browser geschlossen wird.',
      en: 'Until the tab or the browser is closed.',
    },
    readers: EXTENSION_ONLY,
    schema: z.record(z.string(), z.string()),
  },
  {
    key: NOTICE_PASSES_KEY,
    area: 'storage.session',
    personal: true,
    what: {
      de: '„Trotzdem fortfahren“ auf der Hinweisseite (wenn eine Website den Hinweis immer wieder entfernte): Tab und Website (Hostname), ohne Zeit.',
      en: '"Continue anyway" on the notice page (when a website kept removing the notice): tab and website (host name), no time.',
    },
    retention: {
      de: 'Im Arbeitsspeicher; weg, wenn der Tab oder der Browser geschlossen wird.',
      en: 'In memory; gone when the tab or the browser is closed.',
    },
    readers: EXTENSION_ONLY,
    schema: z.array(z.string()),
  },
  {
    key: BLOCK_ENFORCEMENT_KEY,
    area: 'storage.session',
    personal: false,
    what: {
      de: 'Wie viele Sperrregeln der Browser angenommen hat und welche Dienste eine Grenze des Browsers ungesperrt ließ – für die Richtlinien-Diagnose.',
      en: 'How many block rules the browser accepted and which services a browser limit left unblocked – for the policy diagnostics.',
    },
    retention: { de: 'Bis der Browser geschlossen wird.', en: 'Until the browser closes.' },
    readers: EXTENSION_ONLY,
    schema: BlockEnforcement,
  },
  {
    key: USER_SETTINGS_KEY,
    area: 'storage.local',
    personal: false,
    what: {
      de: 'Profil (Rechtsraum) und Sprache, die Sie in den Einstellungen gewählt haben.',
      en: 'The profile (jurisdiction) and language you chose in the settings.',
    },
    retention: {
      de: 'Bis Sie sie ändern oder die Erweiterung entfernen.',
      en: 'Until you change them or remove the extension.',
    },
    readers: EXTENSION_ONLY,
    schema: UserSettings,
  },
  {
    key: MANAGED_CACHE_KEY,
    area: 'storage.local',
    personal: false,
    what: {
      de: 'Die Einstellungen der Organisation, wie zuletzt aus der verwalteten Richtlinie gelesen – damit sie nach dem Start sofort gelten.',
      en: "The organisation's settings as last read from the managed policy – so they apply at once after start-up.",
    },
    retention: { de: 'Bis die Richtlinie sich ändert.', en: 'Until the policy changes.' },
    readers: EXTENSION_ONLY,
    schema: ManagedSettings,
  },
  {
    key: SNAPSHOT_INDEX_KEY,
    area: 'storage.local',
    personal: false,
    what: {
      de: 'Welche Adressen der Katalog kennt (Dienste, Teile, Hosts), damit der Hinweis sofort erscheint.',
      en: 'Which addresses the catalogue knows (services, parts, hosts), so the notice appears at once.',
    },
    retention: {
      de: 'Bis Katalog oder Richtlinie sich ändern.',
      en: 'Until the catalogue or the policy changes.',
    },
    readers: EXTENSION_AND_NOTICE,
    schema: SnapshotIndexSchema,
  },
  {
    key: snapshotModelKey('<dienst>/<teil>'),
    area: 'storage.local',
    personal: false,
    what: {
      de: 'Der Hinweis, den ein Teil eines Dienstes zeigt (Texte, Quellen, Alternativen, Modus) – aus Katalog und Richtlinie.',
      en: 'The notice a part of a service shows (texts, sources, alternatives, mode) – from catalogue and policy.',
    },
    retention: {
      de: 'Bis Katalog oder Richtlinie sich ändern.',
      en: 'Until the catalogue or the policy changes.',
    },
    readers: EXTENSION_AND_NOTICE,
    schema: BannerModel,
  },
  {
    key: APPLIED_POLICY_KEY,
    area: 'storage.session',
    personal: false,
    what: {
      de: 'Eine Kennung der Richtlinie, deren Regeln gerade angewendet sind, damit sie nicht bei jedem Start neu geschrieben werden.',
      en: 'A signature of the policy whose rules are applied, so they are not rewritten at every start.',
    },
    retention: { de: 'Bis der Browser geschlossen wird.', en: 'Until the browser closes.' },
    readers: EXTENSION_ONLY,
    schema: z.string(),
  },
  {
    key: '(alle Einstellungen / all settings)',
    area: 'storage.managed',
    personal: false,
    what: {
      de: 'Die Einstellungen, die Ihre IT per Richtlinie verteilt (siehe docs/admin.md). Nur lesbar; die Erweiterung schreibt nichts dorthin.',
      en: 'The settings your IT distributes by policy (see docs/admin.md). Read-only; the extension writes nothing there.',
    },
    retention: { de: 'Wie die Richtlinie der IT.', en: "As IT's policy." },
    readers: {
      de: 'Die Erweiterung; gesetzt von der IT über die Richtlinien des Browsers.',
      en: "The extension; set by IT through the browser's policies.",
    },
    schema: ManagedSettings,
  },
  ...RETIRED_KEYS.map((key): StoredItem => ({
    key,
    area: 'storage.local',
    personal: true,
    what: {
      de: 'Von früheren Versionen geschrieben (Ausblendungen, Bestätigungen, Begründungen).',
      en: 'Written by earlier versions (dismissals, confirmations, reasons).',
    },
    retention: { de: 'Wird beim Start gelöscht.', en: 'Deleted at start-up.' },
    readers: EXTENSION_ONLY,
    schema: z.unknown(),
  })),
];

/** The top-level fields of a value, as the data sheet lists them (`<…>` for a map's keys). */
export function schemaFields(schema: z.ZodType): string[] {
  const def = schema.def as {
    type: string;
    innerType?: z.ZodType;
    element?: z.ZodType;
    valueType?: z.ZodType;
  };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return schemaFields(def.innerType!);
    case 'array':
      return schemaFields(def.element!);
    case 'record':
      return schemaFields(def.valueType!).map((field) => `<…>.${field}`);
    case 'object':
      return Object.keys((schema as z.ZodObject).shape);
    default:
      return [];
  }
}
