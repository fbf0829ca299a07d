import { parseUserSettings, type UserSettings } from '../core/settings/user-settings';

const KEY = 'userSettings';

export async function readUserSettings(): Promise<UserSettings> {
  const stored = await browser.storage.local.get(KEY);
  return parseUserSettings(stored[KEY]);
}

export async function writeUserSettings(settings: UserSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

export function isUserSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && KEY in changes;
}
