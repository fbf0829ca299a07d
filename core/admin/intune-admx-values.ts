/**
 * Intune, Chrome: after the Chrome-only ADMX (docs/admin/templates/intune/)
 * is ingested, each setting is one custom OMA-URI whose value is the ADMX
 * policy's state and data (Microsoft: "Configure Microsoft Edge policy
 * settings with Microsoft Intune", OMA-URI section — the same form applies to
 * any ingested ADMX). Edge cannot take this route (R16): see the PowerShell
 * script the editor exports for it.
 */
import type { SettingInfo } from './admin-templates';

/** What the admin named the ingestion (`…/ADMXInstall/<name>/Policy/…`), as in docs/admin.md. */
export const DEFAULT_INGEST_NAME = 'Leitplanke';

/** The category path of the Chrome-only ADMX: category `Leitplanke`, child `Leitplanke_Chrome`. */
const CATEGORY_PATH = 'Leitplanke~Leitplanke_Chrome';

export interface OmaUriSetting {
  key: string;
  omaUri: string;
  /** Always "String" for ADMX-backed policies. */
  dataType: 'String';
  value: string;
}

function xmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The ADMX policy state for one setting: `<enabled/>` plus its element's data. */
export function admxValue(info: SettingInfo, value: unknown): string {
  switch (info.kind.kind) {
    case 'boolean':
      return value ? '<enabled/>' : '<disabled/>';
    case 'json':
      return `<enabled/><data id="${info.key}" value="${xmlAttribute(JSON.stringify(value))}"/>`;
    default:
      return `<enabled/><data id="${info.key}" value="${xmlAttribute(String(value))}"/>`;
  }
}

export function omaUriSettings(
  infos: SettingInfo[],
  settings: Record<string, unknown>,
  ingestName: string = DEFAULT_INGEST_NAME,
): OmaUriSetting[] {
  return infos
    .filter((info) => settings[info.key] !== undefined)
    .map((info) => ({
      key: info.key,
      omaUri: `./Device/Vendor/MSFT/Policy/Config/${ingestName}~Policy~${CATEGORY_PATH}/Chrome_${info.key}`,
      dataType: 'String',
      value: admxValue(info, settings[info.key]),
    }));
}

function csvCell(text: string): string {
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line per setting, as an admin enters them in Intune (Name, OMA-URI, Data type, Value). */
export function renderOmaUriCsv(rows: OmaUriSetting[]): string {
  const lines = [
    ['Name', 'OMA-URI', 'Data type', 'Value'],
    ...rows.map((r) => [`Leitplanke (Chrome): ${r.key}`, r.omaUri, r.dataType, r.value]),
  ];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
