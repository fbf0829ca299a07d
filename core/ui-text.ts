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
  contactRoles: {
    dataProtectionOfficer: 'Datenschutzbeauftragte',
    itSecurityOfficer: 'Informationssicherheitsbeauftragte',
    serviceDesk: 'Service-Desk',
  },
  fromOrganisation: (name: string) => `Hinweis von ${name}`,
  questionsHeading: 'Fragen?',
  requestApproval: 'Freigabe beantragen',
  approvalSubject: (tool: string, host: string) => `Freigabe beantragen: ${tool} (${host})`,
  approvalBody: (url: string, reason: string) =>
    `Ich bitte um Freigabe für die dienstliche Nutzung von:\n${url}\n\nBegründung:\n${reason}\n`,
  acknowledgeHeading: 'Bitte bestätigen Sie den Hinweis',
  acknowledge: 'Zur Kenntnis genommen – weiter zur Seite',
  reasonLabel: 'Wofür benötigen Sie diesen Dienst? (bleibt auf diesem Gerät)',
  reasonSubmit: 'Begründen und weiter',
  reasonRequired: 'Bitte geben Sie eine kurze Begründung ein.',
  blockedHeading: 'Diese Seite wurde nicht geöffnet',
  blockedAddress: 'Aufgerufene Adresse',
  back: 'Zurück',
  continueAnyway: 'Trotzdem fortfahren',
  demoLabel: 'Demonstration – kein echter Aufruf',
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
  optionsLocked: (org: string) => `Von ${org} festgelegt (verwaltete Richtlinie) – hier nicht änderbar.`,
  optionsYourOrganisation: 'Ihrer Organisation',
  optionsProblems: (n: number) => `${n} Einstellung(en) Ihrer Organisation sind fehlerhaft und werden ignoriert. Die übrigen gelten.`,
  optionsNoProblems: 'Die Einstellungen Ihrer Organisation sind gültig.',
  diagnosticsTitle: 'Richtlinien-Diagnose',
  diagnosticsOpen: 'Richtlinien-Diagnose öffnen',
  diagnosticsIntro: 'Die wirksame Konfiguration, woher jeder Wert stammt, und jeder Fehler in den Einstellungen Ihrer Organisation.',
  diagnosticsSetting: 'Einstellung',
  diagnosticsValue: 'Wert',
  diagnosticsOrigin: 'Herkunft',
  diagnosticsOrigins: { organisation: 'Organisation (verwaltet)', user: 'Benutzer', default: 'Standard' },
  diagnosticsProblemsHeading: 'Fehler in den Einstellungen',
  diagnosticsNoProblems: 'Keine Fehler.',
  diagnosticsPath: 'Einstellung',
  diagnosticsExpected: 'Erwartet',
  diagnosticsFound: 'Gefunden',
  diagnosticsCatalogue: (version: string, stand: string, tools: number) => `Katalog ${version}, Stand ${stand}, ${tools} Dienste`,
  diagnosticsReadAt: (time: string) => `Richtlinie zuletzt gelesen: ${time}`,
  diagnosticsNeverRead: 'Die verwaltete Richtlinie wurde noch nicht gelesen.',
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
  contactRoles: {
    dataProtectionOfficer: 'Data protection officer',
    itSecurityOfficer: 'Information security officer',
    serviceDesk: 'Service desk',
  },
  fromOrganisation: (name: string) => `Notice from ${name}`,
  questionsHeading: 'Questions?',
  requestApproval: 'Request approval',
  approvalSubject: (tool: string, host: string) => `Request for approval: ${tool} (${host})`,
  approvalBody: (url: string, reason: string) =>
    `I request approval for official use of:\n${url}\n\nReason:\n${reason}\n`,
  acknowledgeHeading: 'Please confirm the notice',
  acknowledge: 'Noted – continue to the page',
  reasonLabel: 'What do you need this service for? (stays on this device)',
  reasonSubmit: 'Give reason and continue',
  reasonRequired: 'Please give a short reason.',
  blockedHeading: 'This page was not opened',
  blockedAddress: 'Address requested',
  back: 'Back',
  continueAnyway: 'Continue anyway',
  demoLabel: 'Demonstration – not a real visit',
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
  optionsLocked: (org: string) => `Set by ${org} (managed policy) – cannot be changed here.`,
  optionsYourOrganisation: 'your organisation',
  optionsProblems: (n: number) => `${n} of your organisation's settings are invalid and ignored. The others apply.`,
  optionsNoProblems: 'Your organisation\'s settings are valid.',
  diagnosticsTitle: 'Policy diagnostics',
  diagnosticsOpen: 'Open policy diagnostics',
  diagnosticsIntro: 'The effective configuration, where each value comes from, and every error in your organisation\'s settings.',
  diagnosticsSetting: 'Setting',
  diagnosticsValue: 'Value',
  diagnosticsOrigin: 'Origin',
  diagnosticsOrigins: { organisation: 'Organisation (managed)', user: 'User', default: 'Default' },
  diagnosticsProblemsHeading: 'Errors in the settings',
  diagnosticsNoProblems: 'No errors.',
  diagnosticsPath: 'Setting',
  diagnosticsExpected: 'Expected',
  diagnosticsFound: 'Found',
  diagnosticsCatalogue: (version: string, stand: string, tools: number) => `Catalogue ${version}, as of ${stand}, ${tools} services`,
  diagnosticsReadAt: (time: string) => `Policy last read: ${time}`,
  diagnosticsNeverRead: 'The managed policy has not been read yet.',
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
