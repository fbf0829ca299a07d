/**
 * Every fixed string of the user interface, German first: the notice's own
 * (core/notice/banner-text.ts) and the extension pages'. Policy content (rationale,
 * quotes, alternatives) comes from `policy/`, never from here.
 */
import { bannerTextDe, bannerTextEn, type Language, type TextTable } from './notice/banner-text';

export { Language } from './notice/banner-text';

const de = {
  ...bannerTextDe,
  quote: 'Wortlaut',
  fallbackNotice: (profile: string) =>
    `Für „${profile}“ liegt keine eigene Aussage zu diesem Dienst vor. Gezeigt wird die allgemeine Einschätzung mit ihren Quellen.`,
  openAlternative: (name: string) => `${name} öffnen`,
  acknowledgeHeading: 'Bitte bestätigen Sie den Hinweis',
  blockedHeading: 'Diese Seite wurde nicht geöffnet',
  blockedAddress: 'Aufgerufene Adresse',
  escalatedHeading: 'Hinweis zu dieser Seite',
  escalatedIntro:
    'Die Seite hat den Hinweis von Leitplanke immer wieder entfernt. Er steht deshalb hier, bevor Sie weitergehen.',
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
  optionsProblems: (n: number) =>
    `${n} Einstellung(en) Ihrer Organisation sind fehlerhaft und werden ignoriert. Die übrigen gelten.`,
  optionsNoProblems: 'Die Einstellungen Ihrer Organisation sind gültig.',
  diagnosticsTitle: 'Richtlinien-Diagnose',
  diagnosticsOpen: 'Richtlinien-Diagnose öffnen',
  diagnosticsIntro:
    'Die wirksame Konfiguration, woher jeder Wert stammt, und jeder Fehler in den Einstellungen Ihrer Organisation.',
  diagnosticsSetting: 'Einstellung',
  diagnosticsValue: 'Wert',
  diagnosticsOrigin: 'Herkunft',
  diagnosticsOrigins: { organisation: 'Organisation (verwaltet)', user: 'Benutzer', default: 'Standard' },
  diagnosticsProblemsHeading: 'Fehler in den Einstellungen',
  diagnosticsNoProblems: 'Keine Fehler.',
  diagnosticsPath: 'Einstellung',
  diagnosticsExpected: 'Erwartet',
  diagnosticsFound: 'Gefunden',
  diagnosticsCatalogue: (version: string, stand: string, tools: number) =>
    `Katalog ${version}, Rechtslage geprüft bis ${stand}, ${tools} Dienste`,
  diagnosticsReviewDue: (reviewBy: string) =>
    `Die mitgelieferten Rechtsinformationen sind seit ${reviewBy} zur Überprüfung fällig: Bitte installieren Sie eine aktuelle Version von Leitplanke oder lassen Sie den Katalog prüfen. Die Hinweise werden weiter angezeigt.`,
  diagnosticsReviewBy: (reviewBy: string) =>
    `Nächste Überprüfung der Rechtsinformationen fällig am ${reviewBy}.`,
  diagnosticsReadAt: (time: string) => `Richtlinie zuletzt gelesen: ${time}`,
  diagnosticsNeverRead: 'Die verwaltete Richtlinie wurde noch nicht gelesen.',
  // "Meine Hinweise und Begründungen": what this device keeps about the user's decisions
  recordTitle: 'Meine Hinweise und Begründungen',
  recordOpen: 'Meine Hinweise und Begründungen',
  recordIntro:
    'Das speichert Leitplanke auf diesem Gerät über Ihre Entscheidungen zu Hinweisen. Nichts davon wird gesendet – auch nicht an Ihre IT. Sie können jeden Eintrag kopieren, als Datei exportieren oder löschen.',
  recordRetention: (days: number, org: string) =>
    days > 0
      ? `Begründungen bleiben ${days} Tage gespeichert (festgelegt von ${org}), danach werden sie gelöscht.`
      : `Begründungen bleiben nur gespeichert, solange die Bestätigung gilt (festgelegt von ${org}).`,
  recordRetentionDefault: (days: number) =>
    `Begründungen bleiben ${days} Tage gespeichert, danach werden sie gelöscht.`,
  recordDeleteNote:
    'Löschen Sie eine Bestätigung oder Ausblendung, die noch gilt, erscheint der Hinweis beim nächsten Besuch wieder.',
  recordEmpty: 'Auf diesem Gerät ist nichts über Ihre Entscheidungen gespeichert.',
  recordCount: (n: number) => (n === 1 ? '1 Eintrag' : `${n} Einträge`),
  recordKinds: {
    dismissal: 'Hinweis ausgeblendet („Verstanden“)',
    confirmation: 'Hinweis bestätigt',
    reason: 'Hinweis bestätigt, mit Begründung',
  },
  recordKind: 'Art',
  recordDate: 'Datum',
  recordSite: 'Website',
  recordTool: 'Dienst',
  recordMode: 'Modus',
  recordHolds: 'Gilt',
  recordHoldsUntil: (date: string) => `bis ${date}`,
  recordHoldsSession: 'bis der Browser geschlossen wird (nur in diesem Tab)',
  recordHoldsNoLonger: 'nicht mehr – der Hinweis erscheint wieder',
  recordReason: 'Begründung',
  recordReasonKept: 'Begründung gespeichert bis',
  recordCopy: 'Kopieren',
  recordExport: 'Exportieren',
  recordDelete: 'Löschen',
  recordEntryLabel: (tool: string, date: string) => `${tool}, ${date}`,
  recordExportAll: 'Alle exportieren',
  recordDeleteAll: 'Alle löschen',
  recordDeleteAllConfirm:
    'Wirklich alle Einträge löschen? Hinweise, die Sie bestätigt haben, erscheinen dann wieder.',
  recordDeleteAllYes: 'Ja, alle löschen',
  recordCancel: 'Abbrechen',
  recordCopied: 'In die Zwischenablage kopiert.',
  recordCopyFailed: 'Kopieren ging nicht. Nutzen Sie „Exportieren“.',
  recordExported: 'Als Datei exportiert.',
  recordDeleted: 'Gelöscht.',
  recordAllDeleted: 'Alle Einträge gelöscht.',
  recordExportHeading: (date: string) => `Leitplanke – Eintrag vom ${date}`,
  recordExportAllHeading: (date: string) =>
    `Leitplanke – meine Hinweise und Begründungen, exportiert am ${date}`,
  recordFileName: 'leitplanke-eintrag',
  recordFileNameAll: 'leitplanke-hinweise-und-begruendungen',
  recordDataSheetLink: 'Datenblatt für Datenschutz und Personalrat',
  // Catalogue
  catalogueTitle: 'Leitplanke – Katalog',
  catalogueIntro: 'Alle Dienste, die Leitplanke kennt, mit Begründung, Quellen und Alternativen.',
  catalogueHosts: 'Adressen',
  catalogueWarns: 'warnt',
  catalogueInforms: 'informiert',
  catalogueProfileStatements: 'Aussagen nach Rechtsraum',
  catalogueNoStatement: 'keine eigene Aussage',
  // Catalogue page: views, search, filters, print (trainers)
  catalogueViews: 'Ansichten',
  catalogueViewTools: 'Dienste',
  catalogueViewSources: 'Quellen',
  catalogueViewHandout: 'Handout',
  catalogueSearch: 'Suchen',
  catalogueSearchAndFilters: 'Suche und Filter',
  catalogueSearchHelp: 'Sucht in Name, Adressen, Beschreibung und Begründung.',
  catalogueFilterProfile: 'Rechtsraum (mit eigener Aussage)',
  catalogueFilterCategory: 'Kategorie',
  catalogueFilterStatus: 'Status',
  catalogueFilterAll: 'Alle',
  catalogueFilterReset: 'Suche und Filter zurücksetzen',
  catalogueCount: (shown: number, total: number) =>
    shown === total ? `Alle ${total} Dienste` : `${shown} von ${total} Diensten`,
  catalogueNoResults: 'Kein Dienst passt zu Suche und Filtern.',
  catalogueActiveProfile: 'aktives Profil',
  catalogueOrganisationRule: 'Regel Ihrer Organisation',
  category: {
    messenger: 'Messenger',
    'video-conferencing': 'Videokonferenz',
    'social-media': 'Soziale Medien',
    'cloud-storage': 'Cloud-Speicher',
  },
  largeType: 'Große Schrift',
  pageLanguage: 'Sprache (Seite und Handout)',
  print: 'Drucken / als PDF speichern',
  printHint: 'Gedruckt wird die aktuelle Ansicht auf A4.',
  sourcesIntro: 'Jedes Dokument, auf das sich die aktive Richtlinie stützt, und wofür es zitiert wird.',
  sourceCitedFor: 'Zitiert für',
  sourceLaterFor: 'Als spätere Entwicklung genannt bei',
  sourceNotCited: 'Wird in der aktiven Richtlinie derzeit nicht zitiert.',
  sourceCount: (n: number) => `${n} Dokumente`,
  handoutProfile: 'Handout für',
  handoutTitle: 'Dienste im Überblick: was gilt, warum, was stattdessen',
  handoutIntro:
    'Für jeden Dienst: was gilt, warum, was Sie stattdessen nutzen, und die Quelle. Den Wortlaut der Quellen zeigt der Katalog in Leitplanke.',
  handoutWhyNot: 'Begründung',
  handoutLaterBasis: 'spätere Entwicklungen unter „Seitdem“',
  handoutInstead: 'Stattdessen',
  handoutSources: 'Quelle',
  handoutFallback: 'keine eigene Aussage – allgemeine Einschätzung',
  handoutFooter: (version: string, stand: string) =>
    `Erstellt mit Leitplanke · Katalog ${version} · Rechtslage geprüft bis ${stand}; Aussagen der Behörden mit ihrem Datum`,
  // Demonstration (popup, demo banner, demo block page)
  demoHeading: 'Vorführen (Schulung)',
  demoIntro:
    'Zeigt den echten Hinweis auf dieser Seite, als Demonstration gekennzeichnet – ohne den Dienst aufzurufen.',
  demoTool: 'Dienst',
  demoStart: 'Hinweis hier vorführen',
  demoEnd: 'Demo beenden',
  demoBlockHint: 'Ihre Organisation sperrt diesen Dienst: die Vorführung zeigt die Sperrseite in diesem Tab.',
  demoUnavailable:
    'Auf dieser Seite ist keine Vorführung möglich (Browser- oder Erweiterungsseite). Öffnen Sie eine Website – oder zeigen Sie den Rundgang.',
  demoFailed: 'Die Vorführung konnte auf dieser Seite nicht gestartet werden.',
  demoRefused: 'Ihre Organisation hat Vorführungen ausgeschaltet.',
  // Walkthrough
  walkthroughTitle: 'Leitplanke – Rundgang für Schulungen',
  walkthroughOpen: 'Rundgang',
  walkthroughIntro:
    'Fünf Schritte für Schulungen: vom Aufruf eines Dienstes bis zur Hilfe – mit den Inhalten des Katalogs.',
  walkthroughTool: 'Beispiel-Dienst',
  walkthroughSteps: 'Schritte',
  walkthroughStepOf: (n: number, total: number) => `Schritt ${n} von ${total}`,
  walkthroughStepNames: {
    situation: 'Die Situation',
    banner: 'Der Hinweis',
    why: 'Begründung',
    alternative: 'Was stattdessen?',
    help: 'Wo gibt es Hilfe?',
  },
  walkthroughSituation: (part: string, host: string) =>
    `Sie möchten dienstlich „${part}“ nutzen und öffnen ${host} im Browser Ihres Dienstrechners.`,
  walkthroughAbout: 'Worum es geht',
  walkthroughBanner: (profile: string) =>
    `Leitplanke zeigt dann oben auf der Seite diesen Hinweis (Profil: ${profile}):`,
  walkthroughBlocked: (profile: string) =>
    `Ihre Organisation lässt die Seite gar nicht erst laden. Stattdessen erscheint diese Sperrseite (Profil: ${profile}):`,
  walkthroughCovering: (profile: string) =>
    `Ihre Organisation verlangt eine Bestätigung: der Hinweis verdeckt die Seite, bis Sie ihn bestätigen (Profil: ${profile}):`,
  walkthroughWhy:
    'Die Gründe, jeweils mit Quelle – wer es gesagt hat, wann, in welchem Dokument und mit welchem Wortlaut:',
  walkthroughAlternative: 'Für die dienstliche Arbeit stattdessen:',
  walkthroughHelp: 'Bei Fragen wenden Sie sich an:',
  walkthroughNoContacts:
    'Ihre Organisation hat in Leitplanke keine Ansprechpersonen hinterlegt. Fragen Sie Ihre Datenschutzbeauftragte, Ihren Datenschutzbeauftragten oder Ihren Service-Desk.',
  walkthroughCatalogue: 'Alle Dienste mit Begründung und Quellen stehen im Katalog:',
  walkthroughNext: 'Weiter',
  walkthroughRestart: 'Von vorn',
  trainersHeading: 'Für Schulungen',
} as const;

type UiText = TextTable<typeof de>;

const en: UiText = {
  ...bannerTextEn,
  quote: 'Wording',
  fallbackNotice: (profile: string) =>
    `“${profile}” has made no statement of its own on this service. Shown is the general assessment with its sources.`,
  openAlternative: (name: string) => `Open ${name}`,
  acknowledgeHeading: 'Please confirm the notice',
  blockedHeading: 'This page was not opened',
  blockedAddress: 'Address requested',
  escalatedHeading: 'Notice about this page',
  escalatedIntro: 'The page kept removing the Leitplanke notice. It is shown here instead, before you go on.',
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
  optionsProblems: (n: number) =>
    `${n} of your organisation's settings are invalid and ignored. The others apply.`,
  optionsNoProblems: "Your organisation's settings are valid.",
  diagnosticsTitle: 'Policy diagnostics',
  diagnosticsOpen: 'Open policy diagnostics',
  diagnosticsIntro:
    "The effective configuration, where each value comes from, and every error in your organisation's settings.",
  diagnosticsSetting: 'Setting',
  diagnosticsValue: 'Value',
  diagnosticsOrigin: 'Origin',
  diagnosticsOrigins: { organisation: 'Organisation (managed)', user: 'User', default: 'Default' },
  diagnosticsProblemsHeading: 'Errors in the settings',
  diagnosticsNoProblems: 'No errors.',
  diagnosticsPath: 'Setting',
  diagnosticsExpected: 'Expected',
  diagnosticsFound: 'Found',
  diagnosticsCatalogue: (version: string, stand: string, tools: number) =>
    `Catalogue ${version}, legal situation checked up to ${stand}, ${tools} services`,
  diagnosticsReviewDue: (reviewBy: string) =>
    `The bundled legal information has been due for review since ${reviewBy}: please install a current version of Leitplanke or have the catalogue reviewed. Notices keep being shown.`,
  diagnosticsReviewBy: (reviewBy: string) => `The legal information is next due for review on ${reviewBy}.`,
  diagnosticsReadAt: (time: string) => `Policy last read: ${time}`,
  diagnosticsNeverRead: 'The managed policy has not been read yet.',
  recordTitle: 'My notices and reasons',
  recordOpen: 'My notices and reasons',
  recordIntro:
    'This is what Leitplanke keeps on this device about your decisions on notices. None of it is sent anywhere – not to your IT department either. You can copy any entry, export it as a file or delete it.',
  recordRetention: (days: number, org: string) =>
    days > 0
      ? `Reasons are kept for ${days} days (set by ${org}), then deleted.`
      : `Reasons are kept only while the confirmation holds (set by ${org}).`,
  recordRetentionDefault: (days: number) => `Reasons are kept for ${days} days, then deleted.`,
  recordDeleteNote:
    'If you delete a confirmation or dismissal that still holds, the notice appears again on your next visit.',
  recordEmpty: 'Nothing about your decisions is stored on this device.',
  recordCount: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
  recordKinds: {
    dismissal: 'Notice dismissed ("Understood")',
    confirmation: 'Notice confirmed',
    reason: 'Notice confirmed, with a reason',
  },
  recordKind: 'Kind',
  recordDate: 'Date',
  recordSite: 'Website',
  recordTool: 'Service',
  recordMode: 'Mode',
  recordHolds: 'Holds',
  recordHoldsUntil: (date: string) => `until ${date}`,
  recordHoldsSession: 'until the browser closes (in this tab only)',
  recordHoldsNoLonger: 'no longer – the notice appears again',
  recordReason: 'Reason',
  recordReasonKept: 'Reason kept until',
  recordCopy: 'Copy',
  recordExport: 'Export',
  recordDelete: 'Delete',
  recordEntryLabel: (tool: string, date: string) => `${tool}, ${date}`,
  recordExportAll: 'Export all',
  recordDeleteAll: 'Delete all',
  recordDeleteAllConfirm: 'Really delete all entries? Notices you confirmed will then appear again.',
  recordDeleteAllYes: 'Yes, delete all',
  recordCancel: 'Cancel',
  recordCopied: 'Copied to the clipboard.',
  recordCopyFailed: 'Copying did not work. Use "Export".',
  recordExported: 'Exported as a file.',
  recordDeleted: 'Deleted.',
  recordAllDeleted: 'All entries deleted.',
  recordExportHeading: (date: string) => `Leitplanke – entry of ${date}`,
  recordExportAllHeading: (date: string) => `Leitplanke – my notices and reasons, exported on ${date}`,
  recordFileName: 'leitplanke-entry',
  recordFileNameAll: 'leitplanke-notices-and-reasons',
  recordDataSheetLink: 'Data sheet for data protection and the staff council',
  catalogueTitle: 'Leitplanke – Catalogue',
  catalogueIntro: 'Every service Leitplanke knows, with rationale, sources and alternatives.',
  catalogueHosts: 'Addresses',
  catalogueWarns: 'warns',
  catalogueInforms: 'informs',
  catalogueProfileStatements: 'Statements by jurisdiction',
  catalogueNoStatement: 'no statement of its own',
  catalogueViews: 'Views',
  catalogueViewTools: 'Services',
  catalogueViewSources: 'Sources',
  catalogueViewHandout: 'Handout',
  catalogueSearch: 'Search',
  catalogueSearchAndFilters: 'Search and filters',
  catalogueSearchHelp: 'Searches name, addresses, description and rationale.',
  catalogueFilterProfile: 'Jurisdiction (with its own statement)',
  catalogueFilterCategory: 'Category',
  catalogueFilterStatus: 'Status',
  catalogueFilterAll: 'All',
  catalogueFilterReset: 'Reset search and filters',
  catalogueCount: (shown: number, total: number) =>
    shown === total ? `All ${total} services` : `${shown} of ${total} services`,
  catalogueNoResults: 'No service matches the search and filters.',
  catalogueActiveProfile: 'active profile',
  catalogueOrganisationRule: "Your organisation's rule",
  category: {
    messenger: 'Messenger',
    'video-conferencing': 'Video conferencing',
    'social-media': 'Social media',
    'cloud-storage': 'Cloud storage',
  },
  largeType: 'Large type',
  pageLanguage: 'Language (page and handout)',
  print: 'Print / save as PDF',
  printHint: 'Prints the current view on A4.',
  sourcesIntro: 'Every document the active policy rests on, and what it is cited for.',
  sourceCitedFor: 'Cited for',
  sourceLaterFor: 'Named as a later development for',
  sourceNotCited: 'Not cited by the active policy at present.',
  sourceCount: (n: number) => `${n} documents`,
  handoutProfile: 'Handout for',
  handoutTitle: 'Services at a glance: what holds, why, what to use instead',
  handoutIntro:
    "For each service: what applies, why, what to use instead, and the source. The catalogue in Leitplanke shows the sources' wording.",
  handoutWhyNot: 'Reasoning',
  handoutLaterBasis: 'later developments under “Since then”',
  handoutInstead: 'Instead',
  handoutSources: 'Source',
  handoutFallback: 'no statement of its own – general assessment',
  handoutFooter: (version: string, stand: string) =>
    `Made with Leitplanke · catalogue ${version} · legal situation checked up to ${stand}; statements of authorities with their date`,
  demoHeading: 'Demonstrate (training)',
  demoIntro: 'Shows the real notice on this page, marked as a demonstration – without visiting the service.',
  demoTool: 'Service',
  demoStart: 'Demonstrate the notice here',
  demoEnd: 'End demo',
  demoBlockHint: 'Your organisation blocks this service: the demonstration shows the block page in this tab.',
  demoUnavailable:
    'No demonstration is possible on this page (browser or extension page). Open a website – or show the walkthrough.',
  demoFailed: 'The demonstration could not be started on this page.',
  demoRefused: 'Your organisation has switched demonstrations off.',
  walkthroughTitle: 'Leitplanke – walkthrough for training',
  walkthroughOpen: 'Walkthrough',
  walkthroughIntro:
    "Five steps for training sessions: from opening a service to getting help – with the catalogue's content.",
  walkthroughTool: 'Example service',
  walkthroughSteps: 'Steps',
  walkthroughStepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  walkthroughStepNames: {
    situation: 'The situation',
    banner: 'The notice',
    why: 'Reasoning',
    alternative: 'What instead?',
    help: 'Where to get help',
  },
  walkthroughSituation: (part: string, host: string) =>
    `You want to use “${part}” for work and open ${host} in the browser of your work computer.`,
  walkthroughAbout: 'What it is',
  walkthroughBanner: (profile: string) =>
    `Leitplanke then shows this notice at the top of the page (profile: ${profile}):`,
  walkthroughBlocked: (profile: string) =>
    `Your organisation does not let the page load at all. This block page appears instead (profile: ${profile}):`,
  walkthroughCovering: (profile: string) =>
    `Your organisation asks for a confirmation: the notice covers the page until you confirm it (profile: ${profile}):`,
  walkthroughWhy:
    'The reasons, each with its source – who said it, when, in which document and in which words:',
  walkthroughAlternative: 'For official work, use instead:',
  walkthroughHelp: 'If you have questions, contact:',
  walkthroughNoContacts:
    'Your organisation has not entered any contacts in Leitplanke. Ask your data protection officer or your service desk.',
  walkthroughCatalogue: 'Every service with its rationale and sources is in the catalogue:',
  walkthroughNext: 'Next',
  walkthroughRestart: 'Start again',
  trainersHeading: 'For trainers',
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
