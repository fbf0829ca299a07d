/**
 * "Datenblatt für Datenschutz und Personalrat": what the extension stores,
 * where, for how long and who can read it; what it never collects; which
 * permissions it holds and why. Built from the storage list, the schemas and
 * the manifest's permissions, so it says what the code does. Shown as an
 * extension page and generated into docs/data-sheet.md (npm run data-sheet).
 */
import { HOST_PERMISSIONS, PERMISSIONS } from './permissions';
import { schemaFields, STORED_ITEMS, type StorageArea } from './stored-items';
import type { Language } from '../ui-text';

type Bilingual = { de: string; en: string };

const TEXT = {
  title: {
    de: 'Datenblatt für Datenschutz und Personalrat',
    en: 'Data sheet for data protection and the staff council',
  },
  intro: {
    de: 'Leitplanke zeigt auf nicht freigegebenen Diensten einen Hinweis. Dieses Datenblatt ist aus dem Code der Erweiterung erzeugt: Es nennt alles, was sie speichert, wie lange, wer es lesen kann, was sie nie erhebt und welche Berechtigungen sie hat.',
    en: 'Leitplanke shows a notice on services that are not approved. This data sheet is generated from the code of the extension: it lists everything it stores, for how long, who can read it, what it never collects and which permissions it holds.',
  },
  storedHeading: { de: 'Was gespeichert wird', en: 'What is stored' },
  columns: {
    key: { de: 'Schlüssel', en: 'Key' },
    area: { de: 'Speicherort', en: 'Where' },
    personal: { de: 'Bezug zur Person', en: 'About the person' },
    what: { de: 'Inhalt', en: 'Content' },
    fields: { de: 'Felder', en: 'Fields' },
    retention: { de: 'Wie lange', en: 'How long' },
    readers: { de: 'Wer es lesen kann', en: 'Who can read it' },
  },
  yes: { de: 'ja', en: 'yes' },
  no: { de: 'nein', en: 'no' },
  areas: {
    'storage.local': {
      de: 'Erweiterungsspeicher auf dem Gerät (storage.local)',
      en: 'extension storage on the device (storage.local)',
    },
    'storage.session': {
      de: 'Erweiterungsspeicher im Arbeitsspeicher (storage.session)',
      en: 'extension storage in memory (storage.session)',
    },
    'storage.managed': {
      de: 'Richtlinie der IT (storage.managed, nur lesbar)',
      en: "IT's policy (storage.managed, read-only)",
    },
    'page sessionStorage': {
      de: 'Speicher der besuchten Website für diesen Tab (sessionStorage)',
      en: "the visited website's storage for this tab (sessionStorage)",
    },
    'page localStorage': {
      de: 'Speicher der besuchten Website auf dem Gerät (localStorage)',
      en: "the visited website's storage on the device (localStorage)",
    },
  } satisfies Record<StorageArea, Bilingual>,
  deviceNote: {
    de: 'Wer Zugriff auf das Browserprofil dieses Geräts hat (etwa mit Administratorrechten am Gerät oder über eine Sicherung des Profils), kann gespeicherte Daten des Browsers lesen – auch diese. Die Erweiterung selbst gibt sie nicht heraus.',
    en: 'Whoever has access to the browser profile on this device (for instance with administrator rights on the device or through a backup of the profile) can read what the browser stores – this too. The extension itself hands none of it out.',
  },
  otherHeading: { de: 'Weitere Zustände im Browser', en: 'Other state in the browser' },
  other: [
    {
      de: 'Umleitungsregeln für den Sperrmodus (declarativeNetRequest, dynamische Regeln): aus Katalog und Richtlinie, ohne Bezug zur Person; bis die Richtlinie sich ändert.',
      en: 'Redirect rules for block mode (declarativeNetRequest, dynamic rules): from catalogue and policy, nothing about the person; until the policy changes.',
    },
    {
      de: '„Trotzdem fortfahren“ (wo die IT es erlaubt): eine Regel für diesen Tab und diese Website (declarativeNetRequest, Sitzungsregeln); weg, wenn der Browser geschlossen wird.',
      en: '"Continue anyway" (where IT allows it): a rule for this tab and website (declarativeNetRequest, session rules); gone when the browser closes.',
    },
    {
      de: 'Das Hinweis-Skript für Websites, die nur eigene Regeln der Organisation nennen (scripting): aus der Richtlinie, ohne Bezug zur Person.',
      en: "The notice script for websites that only the organisation's own rules name (scripting): from the policy, nothing about the person.",
    },
  ],
  neverHeading: { de: 'Was nie erhoben wird', en: 'What is never collected' },
  never: [
    {
      de: 'Die Erweiterung stellt keine eigenen Netzwerkanfragen: keine Telemetrie, keine Statistik, keine Fehlerberichte, kein Abgleich mit einem Server. Katalog und Texte sind Teil der Erweiterung.',
      en: 'The extension makes no network requests of its own: no telemetry, no statistics, no error reports, no syncing with a server. Catalogue and texts ship with the extension.',
    },
    {
      de: 'Kein Browserverlauf: Gespeichert werden nur Hostname und Zeitpunkt, wenn Sie auf einer Website einen Hinweis ausgeblendet oder bestätigt haben – keine Adressen einzelner Seiten, keine weiteren Besuche.',
      en: 'No browsing history: only the host name and time when you dismissed or confirmed a notice on a website are stored – no addresses of single pages, no other visits.',
    },
    {
      de: 'Keine Inhalte von Websites, keine Eingaben in Websites, keine Passwörter, keine Cookies.',
      en: 'No website content, nothing you type into websites, no passwords, no cookies.',
    },
    {
      de: 'Keine Namen, Konten oder Kennungen der Person, kein Gerätename, keine IP-Adresse.',
      en: 'No names, accounts or identifiers of the person, no device name, no IP address.',
    },
    {
      de: 'Keine Einstellung und kein Weg, mit dem die IT Entscheidungen oder Begründungen abruft oder einsammelt. Sie verlassen das Gerät nur, wenn Sie selbst sie kopieren oder exportieren und weitergeben. Die IT kann nur begrenzen, wie lange Begründungen bleiben (reasonRetentionDays).',
      en: 'No setting and no path by which IT retrieves or collects decisions or reasons. They leave the device only if you copy or export them yourself and pass them on. IT can only limit how long reasons are kept (reasonRetentionDays).',
    },
  ],
  permissionsHeading: { de: 'Berechtigungen und warum', en: 'Permissions and why' },
  permission: { de: 'Berechtigung', en: 'Permission' },
  why: { de: 'Wofür', en: 'What for' },
  hostAccess: { de: 'Zugriff auf Websites', en: 'Access to websites' },
  userRights: {
    de: 'Ihre eigenen Einträge sehen, kopieren, exportieren und löschen Sie unter „Meine Hinweise und Begründungen“ (Symbol der Erweiterung oder Einstellungen).',
    en: 'You see, copy, export and delete your own entries on "My notices and reasons" (extension icon or settings).',
  },
} as const;

export interface DataSheet {
  title: string;
  intro: string;
  userRights: string;
  storedHeading: string;
  columns: Record<keyof typeof TEXT.columns, string>;
  items: Array<{
    key: string;
    area: string;
    personal: string;
    what: string;
    fields: string[];
    retention: string;
    readers: string;
  }>;
  deviceNote: string;
  otherHeading: string;
  other: string[];
  neverHeading: string;
  never: string[];
  permissionsHeading: string;
  permissionColumns: { permission: string; why: string };
  permissions: Array<{ permission: string; why: string }>;
}

export function dataSheet(lang: Language): DataSheet {
  const pick = (text: Bilingual) => text[lang];
  return {
    title: pick(TEXT.title),
    intro: pick(TEXT.intro),
    userRights: pick(TEXT.userRights),
    storedHeading: pick(TEXT.storedHeading),
    columns: Object.fromEntries(
      Object.entries(TEXT.columns).map(([k, v]) => [k, pick(v)]),
    ) as DataSheet['columns'],
    items: STORED_ITEMS.map((item) => ({
      key: item.key,
      area: pick(TEXT.areas[item.area]),
      personal: pick(item.personal ? TEXT.yes : TEXT.no),
      what: pick(item.what),
      fields: schemaFields(item.schema),
      retention: pick(item.retention),
      readers: pick(item.readers),
    })),
    deviceNote: pick(TEXT.deviceNote),
    otherHeading: pick(TEXT.otherHeading),
    other: TEXT.other.map(pick),
    neverHeading: pick(TEXT.neverHeading),
    never: TEXT.never.map(pick),
    permissionsHeading: pick(TEXT.permissionsHeading),
    permissionColumns: { permission: pick(TEXT.permission), why: pick(TEXT.why) },
    permissions: [
      ...PERMISSIONS.map((p) => ({ permission: p.permission, why: pick(p.why) })),
      ...HOST_PERMISSIONS.map((p) => ({
        permission: `${pick(TEXT.hostAccess)}: ${p.permission}`,
        why: pick(p.why),
      })),
    ],
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => `\`${text}\``;

function sheetMarkdown(sheet: DataSheet): string {
  const c = sheet.columns;
  const storedRows = sheet.items.map((item) =>
    [
      code(item.key),
      item.area,
      item.personal,
      item.what,
      item.fields.map(code).join(', ') || '—',
      item.retention,
      item.readers,
    ]
      .map(cell)
      .join(' | '),
  );
  return [
    `## ${sheet.title}`,
    '',
    sheet.intro,
    '',
    sheet.userRights,
    '',
    `### ${sheet.storedHeading}`,
    '',
    `| ${[c.key, c.area, c.personal, c.what, c.fields, c.retention, c.readers].join(' | ')} |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...storedRows.map((row) => `| ${row} |`),
    '',
    sheet.deviceNote,
    '',
    `### ${sheet.otherHeading}`,
    '',
    ...sheet.other.map((line) => `- ${line}`),
    '',
    `### ${sheet.neverHeading}`,
    '',
    ...sheet.never.map((line) => `- ${line}`),
    '',
    `### ${sheet.permissionsHeading}`,
    '',
    `| ${sheet.permissionColumns.permission} | ${sheet.permissionColumns.why} |`,
    '| --- | --- |',
    ...sheet.permissions.map((p) => `| ${code(p.permission)} | ${cell(p.why)} |`),
    '',
  ].join('\n');
}

export const DATA_SHEET_DOC = 'docs/data-sheet.md';

/** docs/data-sheet.md: German, then English. Deterministic, so a test can check it is in sync. */
export function dataSheetMarkdown(): string {
  return [
    `<!-- Generated from core/data-sheet/ by scripts/generate-data-sheet.ts (npm run data-sheet). Do not edit by hand. -->`,
    '',
    `# ${TEXT.title.de} / ${TEXT.title.en}`,
    '',
    sheetMarkdown(dataSheet('de')),
    sheetMarkdown(dataSheet('en')),
  ].join('\n');
}
