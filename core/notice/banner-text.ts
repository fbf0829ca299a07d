/**
 * The fixed strings of the notice itself (banner, covering dialog, block
 * page), German first. Kept apart from the pages' strings so the content
 * script that every catalogued page loads carries only these.
 */
import type { SourceStatus, Status } from '../catalogue/policy-schema';
import type { Mode } from '../settings/managed-settings';

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
    // Neutral on who spoke: the summary and the points name the authority (review C1).
    discouraged: 'Von Behörden nicht empfohlen',
    // Describes use, never grants a permission no source grants (review C2).
    'case-by-case': 'Nur im Einzelfall eingesetzt',
    caution: 'Datenschutz nicht abschließend geprüft',
  } satisfies Record<Status, string>,
  /** The same, shortened for the compact banner on narrow screens; never stronger than the long form. */
  statusShort: {
    prohibited: 'dienstlich verboten',
    'not-approved': 'nicht freigegeben',
    discouraged: 'nicht empfohlen',
    'case-by-case': 'nur im Einzelfall',
    caution: 'nicht abschließend geprüft',
  } satisfies Record<Status, string>,
  informHeading: 'Hinweis',
  whyHeading: 'Warum?',
  alternativesHeading: 'Stattdessen nutzen',
  /** The compact banner's buttons that open the reasons and the alternatives in place. */
  whyButton: 'Warum?',
  insteadButton: 'Stattdessen',
  closePanel: 'Schließen',
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
  // "Stand" means: later developments checked up to this date; each statement keeps its own date.
  standLine: (stand: string, version: string) =>
    `Rechtslage geprüft bis ${stand}; Aussagen der Behörden mit ihrem Datum (Katalog ${version})`,
  sourceStatus: {
    contested: 'Umstritten, nicht endgültig',
    'set-aside': 'Aufgehoben',
    historical: 'Historisch',
  } satisfies Record<Exclude<SourceStatus, 'in-force'>, string>,
  sourceStatusLine: (label: string, note: string) => `${label}: ${note}`,
  retrieved: 'Wortlaut geprüft am',
  quoteByReport: (outlet: string) => `Wortlaut des Berichts (${outlet}), nicht der Behörde`,
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
  // A decision holds for the verdict it was given for; when that changes, the notice says what.
  verdictChanged: 'Die Bewertung hat sich geändert:',
  changedProfile: (from: string, to: string) => `Profil jetzt „${to}“ (vorher „${from}“).`,
  changedStatus: (from: string, to: string) => `Einstufung jetzt „${to}“ (vorher „${from}“).`,
  changedMode: (from: string, to: string) => `Ihre Organisation verlangt jetzt: ${to} (vorher: ${from}).`,
  changedStatementAdded: (issuer: string, date: string) =>
    date ? `Neue Stellungnahme: ${issuer}, ${date}.` : `Neue Stellungnahme: ${issuer}.`,
  changedStatementRemoved: 'Eine frühere Stellungnahme wird nicht mehr angeführt.',
  changedStatements: 'Die angeführten Stellungnahmen haben sich geändert.',
  modeNames: {
    inform: 'Hinweis',
    acknowledge: 'Bestätigung',
    reason: 'Begründung',
    block: 'Sperre',
  } satisfies Record<Mode, string>,
  confirmFrameTitle: 'Bestätigung (Eingaben bleiben bei Leitplanke)',
} as const;

export const bannerTextEn: TextTable<typeof bannerTextDe> = {
  productName: 'Leitplanke',
  bannerLabel: 'Leitplanke: notice on official use',
  status: {
    prohibited: 'Prohibited for official use',
    'not-approved': 'Not approved for official use',
    discouraged: 'Advised against by public authorities',
    'case-by-case': 'Used only case by case',
    caution: 'Data protection not fully assessed',
  },
  statusShort: {
    prohibited: 'prohibited for work',
    'not-approved': 'not approved',
    discouraged: 'not recommended',
    'case-by-case': 'case by case only',
    caution: 'not fully assessed',
  },
  informHeading: 'Notice',
  whyHeading: 'Why?',
  alternativesHeading: 'Use instead',
  whyButton: 'Why?',
  insteadButton: 'Instead',
  closePanel: 'Close',
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
  standLine: (stand: string, version: string) =>
    `Legal situation checked up to ${stand}; statements of authorities with their date (catalogue ${version})`,
  sourceStatus: {
    contested: 'Contested, not final',
    'set-aside': 'Set aside',
    historical: 'Historical',
  },
  sourceStatusLine: (label: string, note: string) => `${label}: ${note}`,
  retrieved: 'Wording checked on',
  quoteByReport: (outlet: string) => `Wording of the report (${outlet}), not of the authority`,
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
  verdictChanged: 'The assessment has changed:',
  changedProfile: (from: string, to: string) => `Profile now “${to}” (before “${from}”).`,
  changedStatus: (from: string, to: string) => `Rating now “${to}” (before “${from}”).`,
  changedMode: (from: string, to: string) => `Your organisation now asks for: ${to} (before: ${from}).`,
  changedStatementAdded: (issuer: string, date: string) =>
    date ? `New statement: ${issuer}, ${date}.` : `New statement: ${issuer}.`,
  changedStatementRemoved: 'An earlier statement is no longer cited.',
  changedStatements: 'The statements cited have changed.',
  modeNames: {
    inform: 'notice',
    acknowledge: 'confirmation',
    reason: 'reason',
    block: 'block',
  },
  confirmFrameTitle: 'Confirmation (what you type stays with Leitplanke)',
};

export type BannerText = TextTable<typeof bannerTextDe>;

export function bannerText(lang: Language): BannerText {
  return lang === 'de' ? bannerTextDe : bannerTextEn;
}
