/**
 * The policy editor's fixed strings, German first (like core/ui-text.ts,
 * kept apart because only administrators see them). Field labels and help
 * come from the schema's texts (SETTING_TEXTS), not from here.
 */
import type { Language } from '../ui-text';
import type { ArtefactId } from './policy-export';

const de = {
  title: 'Richtlinien-Editor',
  open: 'Richtlinien-Editor öffnen',
  pageLanguage: 'Sprache der Seite und der Vorschau',
  intro:
    'Stellen Sie die Einstellungen Ihrer Organisation zusammen, prüfen Sie sie wie die Erweiterung selbst, sehen Sie den Hinweis in der Vorschau und laden Sie die Dateien für Ihre Verteilung herunter. Nichts verlässt diesen Rechner.',
  importHeading: 'Vorhandene Richtlinie öffnen',
  importLabel: 'Datei (JSON, policies.json, .reg, .mobileconfig, .plist)',
  imported: (name: string, count: number) => `${name} geöffnet: ${count} Einstellung(en).`,
  importFailed: (name: string, error: string) => `${name} konnte nicht geöffnet werden: ${error}`,
  settingsHeading: 'Einstellungen',
  notSet: '(nicht gesetzt)',
  yes: 'ja',
  no: 'nein',
  unsetLine: (text: string) => `Nicht gesetzt: ${text}`,
  required: 'Pflicht',
  entry: (n: number) => `Eintrag ${n}`,
  add: 'Eintrag hinzufügen',
  addTo: (label: string) => `Eintrag hinzufügen: ${label}`,
  remove: 'Entfernen',
  removeEntry: (label: string, n: number) => `Eintrag ${n} entfernen: ${label}`,
  mapKey: 'Schlüssel',
  mapValue: 'Wert',
  keyTaken: (key: string) => `„${key}“ ist schon vergeben.`,
  unknownField: 'Unbekannt, wird ignoriert:',
  removeUnknown: (path: string) => `Unbekanntes Feld ${path} entfernen`,
  json: 'Als JSON',
  jsonInvalid: (message: string) => `Kein gültiges JSON: ${message}`,
  problemsNone: 'Keine Fehler: die Erweiterung würde diese Einstellungen so übernehmen.',
  problems: (n: number) =>
    `${n} Fehler. Die Erweiterung ignoriert diese Werte und wendet den Rest an; der Export ist erst ohne Fehler möglich.`,
  expected: 'Erwartet',
  found: 'Gefunden',
  previewHeading: 'Vorschau',
  previewTool: 'Dienst',
  previewView: 'Ansicht',
  previewViews: {
    configured: 'Wie die Richtlinie es vorgibt',
    inform: 'Hinweis (inform)',
    acknowledge: 'Bestätigen (acknowledge)',
    reason: 'Begründen (reason)',
    block: 'Sperrseite (block)',
  },
  previewNone: 'Unter dieser Richtlinie zeigt Leitplanke bei diesem Dienst nichts an (z. B. eine Ausnahme).',
  previewLabel: 'Vorschau des Hinweises',
  exportHeading: 'Exportieren',
  exportIds: 'Kennungen und Installation',
  chromeId: 'Kennung der Erweiterung in Chrome',
  edgeId: 'Kennung in Edge (falls abweichend)',
  firefoxId: 'Kennung des Add-ons in Firefox',
  updateUrl: 'Update-Manifest für die Zwangsinstallation (Chrome/Edge; leer: nur Einstellungen)',
  xpiUrl: '.xpi für die Zwangsinstallation (Firefox; leer: nur Einstellungen)',
  ingestName: 'Name der ADMX-Aufnahme in Intune',
  exportBlocked: 'Erst die Fehler oben beheben, dann exportieren.',
  download: (file: string) => `${file} herunterladen`,
  downloaded: (file: string) => `${file} erstellt.`,
  artefacts: {
    'chrome-linux':
      'Chrome/Chromium unter Linux: nach /etc/opt/chrome/policies/managed/ (Chromium: /etc/chromium/policies/managed/).',
    'edge-linux': 'Edge unter Linux: nach /etc/opt/edge/policies/managed/.',
    'chrome-reg':
      'Chrome unter Windows: Registrierungsdatei (HKLM) zum Import oder für die Softwareverteilung.',
    'edge-reg': 'Edge unter Windows: Registrierungsdatei (HKLM).',
    'firefox-policies':
      'Firefox: policies.json (Linux /etc/firefox/policies/, sonst im Ordner distribution).',
    'chrome-mobileconfig': 'Chrome auf dem Mac: Konfigurationsprofil (neue UUIDs bei jedem Export).',
    'edge-mobileconfig': 'Edge auf dem Mac: Konfigurationsprofil (neue UUIDs bei jedem Export).',
    'firefox-mobileconfig':
      'Firefox auf dem Mac: Konfigurationsprofil für org.mozilla.firefox (neue UUIDs bei jedem Export).',
    'intune-chrome':
      'Intune, Chrome: die OMA-URI-Werte je Einstellung für die aufgenommene ADMX-Vorlage (intune/leitplanke-chrome.admx, siehe docs/admin.md).',
    'intune-edge':
      'Intune, Edge: PowerShell-Plattformskript (Systemkontext), denn Intunes ADMX-Aufnahme darf Edges Schlüssel nicht schreiben.',
  } satisfies Record<ArtefactId, string>,
};

type EditorText = typeof de;

const en: EditorText = {
  title: 'Policy editor',
  open: 'Open the policy editor',
  pageLanguage: 'Language of the page and the preview',
  intro:
    "Compose your organisation's settings, check them exactly as the extension does, preview the notice and download the files for your deployment. Nothing leaves this computer.",
  importHeading: 'Open an existing policy',
  importLabel: 'File (JSON, policies.json, .reg, .mobileconfig, .plist)',
  imported: (name, count) => `Opened ${name}: ${count} setting(s).`,
  importFailed: (name, error) => `Could not open ${name}: ${error}`,
  settingsHeading: 'Settings',
  notSet: '(not set)',
  yes: 'yes',
  no: 'no',
  unsetLine: (text) => `When not set: ${text}`,
  required: 'required',
  entry: (n) => `Entry ${n}`,
  add: 'Add entry',
  addTo: (label) => `Add entry: ${label}`,
  remove: 'Remove',
  removeEntry: (label, n) => `Remove entry ${n}: ${label}`,
  mapKey: 'Key',
  mapValue: 'Value',
  keyTaken: (key) => `"${key}" is already used.`,
  unknownField: 'Unknown, ignored:',
  removeUnknown: (path) => `Remove the unknown field ${path}`,
  json: 'As JSON',
  jsonInvalid: (message) => `Not valid JSON: ${message}`,
  problemsNone: 'No errors: the extension would apply these settings as they are.',
  problems: (n) =>
    `${n} error(s). The extension ignores these values and applies the rest; export is possible once there are none.`,
  expected: 'Expected',
  found: 'Found',
  previewHeading: 'Preview',
  previewTool: 'Tool',
  previewView: 'View',
  previewViews: {
    configured: 'As the policy sets it',
    inform: 'Banner (inform)',
    acknowledge: 'Acknowledge (acknowledge)',
    reason: 'Give a reason (reason)',
    block: 'Block page (block)',
  },
  previewNone: 'Under this policy Leitplanke shows nothing for this tool (e.g. an exception).',
  previewLabel: 'Preview of the notice',
  exportHeading: 'Export',
  exportIds: 'Identifiers and installation',
  chromeId: "The extension's id in Chrome",
  edgeId: 'Its id in Edge (if different)',
  firefoxId: "The add-on's id in Firefox",
  updateUrl: 'Update manifest for a forced installation (Chrome/Edge; empty: settings only)',
  xpiUrl: '.xpi for a forced installation (Firefox; empty: settings only)',
  ingestName: 'Name of the ADMX ingestion in Intune',
  exportBlocked: 'Fix the errors above first, then export.',
  download: (file) => `Download ${file}`,
  downloaded: (file) => `${file} created.`,
  artefacts: {
    'chrome-linux':
      'Chrome/Chromium on Linux: into /etc/opt/chrome/policies/managed/ (Chromium: /etc/chromium/policies/managed/).',
    'edge-linux': 'Edge on Linux: into /etc/opt/edge/policies/managed/.',
    'chrome-reg': 'Chrome on Windows: registry file (HKLM) to import or to distribute.',
    'edge-reg': 'Edge on Windows: registry file (HKLM).',
    'firefox-policies':
      'Firefox: policies.json (Linux /etc/firefox/policies/, elsewhere the distribution folder).',
    'chrome-mobileconfig': 'Chrome on the Mac: configuration profile (fresh UUIDs on every export).',
    'edge-mobileconfig': 'Edge on the Mac: configuration profile (fresh UUIDs on every export).',
    'firefox-mobileconfig':
      'Firefox on the Mac: configuration profile for org.mozilla.firefox (fresh UUIDs on every export).',
    'intune-chrome':
      'Intune, Chrome: the OMA-URI values per setting for the ingested ADMX template (intune/leitplanke-chrome.admx, see docs/admin.md).',
    'intune-edge':
      "Intune, Edge: PowerShell platform script (system context), because Intune's ADMX ingestion may not write Edge's keys.",
  },
};

export function editorText(lang: Language): EditorText {
  return lang === 'en' ? en : de;
}

/**
 * Labels of the fields inside a setting (an extra rule's `hosts`, a contact's `email` …), by
 * their schema key: a key means the same wherever it appears. A unit test fails for a key of
 * the schema that has none here, so a new field is never shown by its bare key.
 */
export const FIELD_LABELS: Record<string, Record<Language, string>> = {
  name: { de: 'Name', en: 'Name' },
  colour: { de: 'Farbe', en: 'Colour' },
  message: { de: 'Mitteilung', en: 'Message' },
  dataProtectionOfficer: { de: 'Datenschutzbeauftragte', en: 'Data protection officer' },
  itSecurityOfficer: { de: 'IT-Sicherheitsbeauftragte', en: 'IT security officer' },
  serviceDesk: { de: 'Service-Desk', en: 'Service desk' },
  email: { de: 'E-Mail', en: 'E-mail' },
  phone: { de: 'Telefon', en: 'Phone' },
  url: { de: 'Adresse (https)', en: 'Address (https)' },
  description: { de: 'Beschreibung', en: 'Description' },
  tools: { de: 'Für diese Dienste (Kennungen)', en: 'For these services (ids)' },
  categories: { de: 'Für diese Kategorien', en: 'For these categories' },
  id: { de: 'Kennung', en: 'Id' },
  category: { de: 'Kategorie', en: 'Category' },
  hosts: { de: 'Hosts', en: 'Hosts' },
  paths: { de: 'Pfade', en: 'Paths' },
  level: { de: 'Stufe (warnen oder informieren)', en: 'Level (warn or inform)' },
  status: { de: 'Einschätzung', en: 'Assessment' },
  summary: { de: 'Zusammenfassung', en: 'Summary' },
  reasons: { de: 'Gründe', en: 'Reasons' },
  legalBasis: { de: 'Rechtsgrundlage', en: 'Legal basis' },
  document: { de: 'Dokument', en: 'Document' },
  title: { de: 'Titel', en: 'Title' },
  date: { de: 'Datum', en: 'Date' },
  rules: { de: 'Dienste (Kennungen)', en: 'Services (ids)' },
  allowed: { de: 'Erlaubt', en: 'Allowed' },
  hours: { de: 'Stunden', en: 'Hours' },
};
