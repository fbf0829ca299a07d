import { USER_SETTINGS_KEY } from '../core/storage-keys';
import { parseUserSettings, type UserSettings } from '../core/settings/user-settings';

export async function readUserSettings(): Promise<UserSettings> {
  const stored = await browser.storage.local.get(USER_SETTINGS_KEY);
  return parseUserSettings(stored[USER_SETTINGS_KEY]);
}

export async function writeUserSettings(settings: UserSettings): Promise<void> {
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: settings });
}

export function isUserSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && USER_SETTINGS_KEY in changes;
}
