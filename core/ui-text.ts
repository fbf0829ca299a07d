/**
 * Every fixed string of the user interface, German first. Policy content
 * (rationale, quotes, alternatives) comes from `policy/`, never from here.
 */
import type { Status } from './policy-schema';

export const Language = ['de', 'en'] as const;
export type Language = (typeof Language)[number];

const de = {
  productName: 'Leitplanke',
  bannerLabel: 'Leitplanke: Hinweis zur dienstlichen Nutzung',
  status: {
    prohibited: 'Für die dienstliche Nutzung verboten',
    'not-approved': 'Für die dienstliche Nutzung nicht freigegeben',
    discouraged: 'Von der Datenschutzaufsicht nicht empfohlen',
    'case-by-case': 'Nur im Einzelfall zulässig',
    caution: 'Datenschutz nicht abschließend geprüft',
  } satisfies Record<Status, string>,
  informHeading: 'Hinweis',
  whyHeading: 'Warum?',
  alternativesHeading: 'Stattdessen nutzen',
  noAlternatives: 'Fragen Sie Ihre IT, welcher dienstliche Dienst dafür bereitsteht.',
  legalBasis: 'Rechtsgrundlage',
  source: 'Quelle',
  sourceOf: (issuer: string, date: string) => `Quelle: ${issuer}, ${date}`,
  quote: 'Wortlaut',
  identifiers: 'Fundstelle',
  reportedIn: 'Berichtet in',
  openDocument: 'Dokument öffnen',
  laterEvents: 'Seitdem',
  dateLabel: 'Datum',
  fallbackNotice: (profile: string) =>
    `Für „${profile}“ liegt keine eigene Aussage zu diesem Dienst vor. Gezeigt wird die allgemeine Einschätzung mit ihren Quellen.`,
  profileLine: (profile: string) => `Profil: ${profile}`,
  standLine: (stand: string, version: string) => `Stand der Rechtsinformation: ${stand} (Katalog ${version})`,
  dismiss: 'Verstanden',
  dismissHint: 'Blendet den Hinweis für diese Website in diesem Tab aus, bis Sie den Browser schließen.',
  learnMore: 'Mehr erfahren',
  openAlternative: (name: string) => `${name} öffnen`,
  // Popup
  popupConcerned: 'Diese Website ist im Katalog.',
  popupNotConcerned: 'Diese Website ist nicht im Katalog von Leitplanke.',
  popupNoPage: 'Für diese Seite gibt es keine Bewertung.',
  popupActiveProfile: 'Aktives Profil',
  popupOpenCatalogue: 'Katalog öffnen',
  popupOpenOptions: 'Einstellungen',
  // Options
  optionsTitle: 'Leitplanke – Einstellungen',
  optionsProfile: 'Profil (Rechtsraum)',
  optionsProfileHelp:
    'Bestimmt, wessen Aussagen der Hinweis zeigt. Wo Ihr Rechtsraum zu einem Dienst nichts gesagt hat, zeigt Leitplanke die allgemeine Einschätzung.',
  optionsLanguage: 'Sprache',
  optionsLanguageAuto: 'Wie der Browser',
  optionsSaved: 'Gespeichert.',
  // Catalogue
  catalogueTitle: 'Leitplanke – Katalog',
  catalogueIntro: 'Alle Dienste, die Leitplanke kennt, mit Begründung, Quellen und Alternativen.',
  catalogueHosts: 'Adressen',
  catalogueWarns: 'warnt',
  catalogueInforms: 'informiert',
  catalogueProfileStatements: 'Aussagen nach Rechtsraum',
  catalogueNoStatement: 'keine eigene Aussage',
} as const;

type UiText = { [K in keyof typeof de]: (typeof de)[K] extends (...args: infer A) => string ? (...args: A) => string : (typeof de)[K] extends string ? string : { [S in keyof (typeof de)[K]]: string } };

const en: UiText = {
  productName: 'Leitplanke',
  bannerLabel: 'Leitplanke: notice on official use',
  status: {
    prohibited: 'Prohibited for official use',
    'not-approved': 'Not approved for official use',
    discouraged: 'Not recommended by the data-protection authority',
    'case-by-case': 'Allowed only case by case',
    caution: 'Data protection not fully assessed',
  },
  informHeading: 'Notice',
  whyHeading: 'Why?',
  alternativesHeading: 'Use instead',
  noAlternatives: 'Ask your IT department which official service is provided for this.',
  legalBasis: 'Legal basis',
  source: 'Source',
  sourceOf: (issuer: string, date: string) => `Source: ${issuer}, ${date}`,
  quote: 'Wording',
  identifiers: 'Reference',
  reportedIn: 'Reported in',
  openDocument: 'Open document',
  laterEvents: 'Since then',
  dateLabel: 'Date',
  fallbackNotice: (profile: string) =>
    `“${profile}” has made no statement of its own on this service. Shown is the general assessment with its sources.`,
  profileLine: (profile: string) => `Profile: ${profile}`,
  standLine: (stand: string, version: string) => `Legal information as of ${stand} (catalogue ${version})`,
  dismiss: 'Understood',
  dismissHint: 'Hides the notice for this website in this tab until you close the browser.',
  learnMore: 'Learn more',
  openAlternative: (name: string) => `Open ${name}`,
  popupConcerned: 'This website is in the catalogue.',
  popupNotConcerned: 'This website is not in the Leitplanke catalogue.',
  popupNoPage: 'There is no assessment for this page.',
  popupActiveProfile: 'Active profile',
  popupOpenCatalogue: 'Open catalogue',
  popupOpenOptions: 'Settings',
  optionsTitle: 'Leitplanke – Settings',
  optionsProfile: 'Profile (jurisdiction)',
  optionsProfileHelp:
    'Decides whose statements the notice shows. Where your jurisdiction has said nothing about a service, Leitplanke shows the general assessment.',
  optionsLanguage: 'Language',
  optionsLanguageAuto: 'Same as the browser',
  optionsSaved: 'Saved.',
  catalogueTitle: 'Leitplanke – Catalogue',
  catalogueIntro: 'Every service Leitplanke knows, with rationale, sources and alternatives.',
  catalogueHosts: 'Addresses',
  catalogueWarns: 'warns',
  catalogueInforms: 'informs',
  catalogueProfileStatements: 'Statements by jurisdiction',
  catalogueNoStatement: 'no statement of its own',
};

const texts: Record<Language, UiText> = { de, en };

export function uiText(lang: Language): UiText {
  return texts[lang];
}

/** `2019-04-02` → `2. April 2019` / `2 April 2019`; `2023` stays `2023`. */
export function formatDate(date: string, lang: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  if (!m) return String(y);
  const value = new Date(Date.UTC(y!, m - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(d ? { day: 'numeric' } : {}),
  }).format(value);
}

/** The browser's UI language, reduced to the ones we speak. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'de';
}
