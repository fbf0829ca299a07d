/**
 * "No setting lost in silence". Chrome and Edge check each top-level setting
 * against managed_schema.json and drop the whole setting when any part of
 * it has the wrong type (one list entry with `"reasons": "a text"` costs
 * every extra rule; verified in Chromium 156) — and the extension is not
 * told. So every generated policy also names the settings it sets
 * (`configuredSettings`); one that is named but missing was discarded by
 * the browser, and the diagnostics say so.
 */
import { ManagedSettings, type ManagedKey, type SettingProblem } from './managed-settings';

const KEYS = Object.keys(ManagedSettings.shape) as ManagedKey[];

/** The settings with `configuredSettings` naming every other setting present (in schema order). */
export function withConfiguredSettings(settings: Record<string, unknown>): Record<string, unknown> {
  const { configuredSettings: _ignored, ...rest } = settings;
  const named = KEYS.filter((key) => key !== 'configuredSettings' && rest[key] !== undefined);
  return named.length === 0 ? rest : { ...rest, configuredSettings: named };
}

export function discardedMessage(key: string): string {
  return `${key} was discarded by the browser`;
}

/**
 * Settings `configuredSettings` names that did not arrive. `raw` is what the
 * browser delivered; `named` the validated list.
 */
export function discardedSettings(raw: Record<string, unknown>, named: readonly string[]): SettingProblem[] {
  return named
    .filter((key) => key !== 'configuredSettings' && raw[key] === undefined)
    .map((key) => ({
      path: key,
      expected: `${discardedMessage(key)}: the policy sets it (configuredSettings), but it did not arrive. Chrome and Edge drop a whole setting when one part of it has the wrong type; \`npm run policy:check -- FILE\` names the entry, chrome://policy shows the browser's error`,
      found: 'nothing',
      discarded: true,
    }));
}

/** Names in `configuredSettings` that are no setting at all. */
export function isSettingName(name: string): boolean {
  return (KEYS as string[]).includes(name) && name !== 'configuredSettings';
}
