/**
 * The fixed strings of the notice itself (banner, covering dialog, block
 * page), German first. Kept apart from the pages' strings so the content
 * script that every catalogued page loads carries only these.
 */
import type { Status } from '../catalogue/policy-schema';

export const Language = ['de', 'en'] as const;
export type Language = (typeof Language)[number];

/** The shape of a text table: strings, string-returning functions, or groups of strings. */
export type TextTable<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : { [S in keyof T[K]]: string };
};

export const bannerTextDe = {
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
  identifiers: 'Fundstelle',
  reportedIn: 'Berichtet in',
  openDocument: 'Dokument öffnen',
  laterEvents: 'Seitdem',
  dateLabel: 'Datum',
  profileLine: (profile: string) => `Profil: ${profile}`,
  standLine: (stand: string, version: string) => `Stand der Rechtsinformation: ${stand} (Katalog ${version})`,
  dismiss: 'Verstanden',
  dismissHint: 'Blendet den Hinweis für diese Website in diesem Tab aus, bis Sie den Browser schließen.',
  learnMore: 'Mehr erfahren',
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
  acknowledge: 'Zur Kenntnis genommen – weiter zur Seite',
  reasonLabel: 'Wofür benötigen Sie diesen Dienst? (bleibt auf diesem Gerät)',
  reasonSubmit: 'Begründen und weiter',
  reasonRequired: 'Bitte geben Sie eine kurze Begründung ein.',
  back: 'Zurück',
  continueAnyway: 'Trotzdem fortfahren',
  demoLabel: 'Demonstration – kein echter Aufruf',
  confirmFrameTitle: 'Bestätigung (Eingaben bleiben bei Leitplanke)',
} as const;

export const bannerTextEn: TextTable<typeof bannerTextDe> = {
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
  identifiers: 'Reference',
  reportedIn: 'Reported in',
  openDocument: 'Open document',
  laterEvents: 'Since then',
  dateLabel: 'Date',
  profileLine: (profile: string) => `Profile: ${profile}`,
  standLine: (stand: string, version: string) => `Legal information as of ${stand} (catalogue ${version})`,
  dismiss: 'Understood',
  dismissHint: 'Hides the notice for this website in this tab until you close the browser.',
  learnMore: 'Learn more',
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
  acknowledge: 'Noted – continue to the page',
  reasonLabel: 'What do you need this service for? (stays on this device)',
  reasonSubmit: 'Give reason and continue',
  reasonRequired: 'Please give a short reason.',
  back: 'Back',
  continueAnyway: 'Continue anyway',
  demoLabel: 'Demonstration – not a real visit',
  confirmFrameTitle: 'Confirmation (what you type stays with Leitplanke)',
};

export type BannerText = TextTable<typeof bannerTextDe>;

export function bannerText(lang: Language): BannerText {
  return lang === 'de' ? bannerTextDe : bannerTextEn;
}
