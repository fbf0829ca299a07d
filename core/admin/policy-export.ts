/**
 * Every deployment artefact for the policy the admin composed, rendered by
 * the same functions as the checked-in templates (core/admin/admin-templates.ts),
 * with the admin's settings and ids instead of the example's and fresh
 * configuration-profile UUIDs on every export.
 */
import { withConfiguredSettings } from '../settings/configured-settings';
import {
  chromiumPolicyFile,
  firefoxPolicyFile,
  type RenderOptions,
  renderFirefoxMobileconfig,
  renderMobileconfig,
  renderPowerShell,
  renderReg,
  settingInfos,
} from './admin-templates';
import { DEFAULT_INGEST_NAME, omaUriSettings, renderOmaUriCsv } from './intune-admx-values';
import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '../extension-ids';

export type ArtefactId =
  | 'chrome-linux'
  | 'edge-linux'
  | 'chrome-reg'
  | 'edge-reg'
  | 'firefox-policies'
  | 'chrome-mobileconfig'
  | 'edge-mobileconfig'
  | 'firefox-mobileconfig'
  | 'intune-chrome'
  | 'intune-edge';

export interface Artefact {
  id: ArtefactId;
  fileName: string;
  mimeType: string;
  content: string;
}

export interface ExportOptions {
  chromeId?: string;
  /** Edge Add-ons gives an extension another id than the Chrome Web Store; default: the Chrome id. */
  edgeId?: string;
  firefoxId?: string;
  /** Chrome/Edge update manifest for a forced installation; empty: the policy only configures. */
  updateUrl?: string;
  /** Firefox .xpi for a forced installation; empty: the policy only configures. */
  xpiUrl?: string;
  /** Name the Chrome ADMX was ingested under in Intune. */
  ingestName?: string;
  /** Fresh per export: `crypto.randomUUID` in the page. */
  randomUuid: () => string;
}

const NOTE = 'Exported by the Leitplanke policy editor (Richtlinien-Editor).';
const SOURCE = 'the policy composed in the Leitplanke policy editor';

function pretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Every artefact, in the order the editor lists them. Each also names the
 * settings it sets (`configuredSettings`), so one the browser discards is reported.
 */
export function exportArtefacts(draft: Record<string, unknown>, options: ExportOptions): Artefact[] {
  const settings = withConfiguredSettings(draft);
  const chromeId = options.chromeId || CHROMIUM_EXTENSION_ID;
  const edgeId = options.edgeId || chromeId;
  const firefoxId = options.firefoxId || FIREFOX_ADDON_ID;
  const updateUrl = options.updateUrl || null;
  const xpiUrl = options.xpiUrl || null;
  const infos = settingInfos();
  const uuid = () => options.randomUuid().toUpperCase();
  const common: RenderOptions = { note: NOTE, source: SOURCE, uuid };
  const chrome: RenderOptions = {
    ...common,
    browsers: ['Chrome'],
    identifier: 'de.leitplanke.policy.chrome',
  };
  const edge: RenderOptions = { ...common, browsers: ['Edge'], identifier: 'de.leitplanke.policy.edge' };
  const json = 'application/json';
  const reg = 'text/plain';
  const plist = 'application/x-apple-aspen-config';
  return [
    {
      id: 'chrome-linux',
      fileName: 'leitplanke-chrome.json',
      mimeType: json,
      content: pretty(chromiumPolicyFile(settings, chromeId, updateUrl)),
    },
    {
      id: 'edge-linux',
      fileName: 'leitplanke-edge.json',
      mimeType: json,
      content: pretty(chromiumPolicyFile(settings, edgeId, updateUrl)),
    },
    {
      id: 'chrome-reg',
      fileName: 'leitplanke-chrome.reg',
      mimeType: reg,
      content: renderReg(infos, settings, chromeId, chrome),
    },
    {
      id: 'edge-reg',
      fileName: 'leitplanke-edge.reg',
      mimeType: reg,
      content: renderReg(infos, settings, edgeId, edge),
    },
    {
      id: 'firefox-policies',
      fileName: 'policies.json',
      mimeType: json,
      content: pretty(firefoxPolicyFile(settings, firefoxId, xpiUrl)),
    },
    {
      id: 'chrome-mobileconfig',
      fileName: 'leitplanke-chrome.mobileconfig',
      mimeType: plist,
      content: renderMobileconfig(infos, settings, chromeId, chrome),
    },
    {
      id: 'edge-mobileconfig',
      fileName: 'leitplanke-edge.mobileconfig',
      mimeType: plist,
      content: renderMobileconfig(infos, settings, edgeId, edge),
    },
    {
      id: 'firefox-mobileconfig',
      fileName: 'leitplanke-firefox.mobileconfig',
      mimeType: plist,
      content: renderFirefoxMobileconfig(settings, firefoxId, xpiUrl, {
        ...common,
        identifier: 'de.leitplanke.policy.firefox',
      }),
    },
    {
      id: 'intune-chrome',
      fileName: 'leitplanke-intune-chrome-oma-uri.csv',
      mimeType: 'text/csv',
      content: renderOmaUriCsv(omaUriSettings(infos, settings, options.ingestName || DEFAULT_INGEST_NAME)),
    },
    {
      id: 'intune-edge',
      fileName: 'leitplanke-intune-edge.ps1',
      mimeType: 'text/plain',
      content: renderPowerShell(infos, settings, edgeId, edge),
    },
  ];
}
