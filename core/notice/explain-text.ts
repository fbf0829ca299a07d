/**
 * The words of the "why does this page warn?" and blocking-limit views
 * (diagnostics page, popup details), German and English.
 */
import type { Language } from '../ui-text';
import type { PageExplanation, Provenance } from './explain-page';

const de = {
  whyHeading: 'Warum warnt diese Seite?',
  whyUrlLabel: 'Adresse',
  whyExplain: 'Erklären',
  whyNoRule: 'Keine Regel trifft zu: Leitplanke bleibt auf dieser Seite still.',
  whyException: (host: string) => `Ausnahme der Organisation: ${host} (Leitplanke bleibt still).`,
  whyRule: 'Regel',
  whyHost: 'Host-Muster',
  whyPath: 'Pfad',
  whyWholeHost: 'ganzer Host',
  whyProfile: 'Profil',
  whyMode: 'Modus',
  whyStatus: 'Status',
  whySources: 'Zitierte Quellen',
  provenance: { bundled: 'mitgeliefert', organisation: 'Organisation', user: 'Benutzer' } as Record<
    Provenance,
    string
  >,
  decidedBy: {
    'public-page': 'öffentliche Informationsseite: immer nur Hinweis',
    modeByRule: 'modeByRule',
    modeByStatus: 'modeByStatus',
    mode: 'mode',
    default: 'Standard',
  } as Record<NonNullable<PageExplanation['mode']>['decidedBy'], string>,
  blockingHeading: 'Sperrregeln im Browser',
  blocking: (rules: number, hosts: number) => `${rules} Sperrregel(n) für ${hosts} Host(s) in Kraft.`,
  blockingNotEnforced: (tools: string, reason: string) => `Nicht durchgesetzt: ${tools} – ${reason}`,
  discardedHeading: 'Vom Browser verworfene Einstellungen',
};

const en: typeof de = {
  whyHeading: 'Why does this page warn?',
  whyUrlLabel: 'Address',
  whyExplain: 'Explain',
  whyNoRule: 'No rule applies: Leitplanke stays quiet on this page.',
  whyException: (host) => `The organisation's exception: ${host} (Leitplanke stays quiet).`,
  whyRule: 'Rule',
  whyHost: 'Host pattern',
  whyPath: 'Path',
  whyWholeHost: 'whole host',
  whyProfile: 'Profile',
  whyMode: 'Mode',
  whyStatus: 'Status',
  whySources: 'Sources cited',
  provenance: { bundled: 'bundled', organisation: 'organisation', user: 'user' },
  decidedBy: {
    'public-page': 'public information page: always inform',
    modeByRule: 'modeByRule',
    modeByStatus: 'modeByStatus',
    mode: 'mode',
    default: 'default',
  },
  blockingHeading: 'Blocking rules in the browser',
  blocking: (rules, hosts) => `${rules} blocking rule(s) for ${hosts} host(s) in force.`,
  blockingNotEnforced: (tools, reason) => `Not enforced: ${tools} – ${reason}`,
  discardedHeading: 'Settings the browser discarded',
};

export function explainText(lang: Language): typeof de {
  return lang === 'de' ? de : en;
}
