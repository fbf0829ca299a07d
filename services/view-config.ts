import type { ViewConfig } from '../core/resolve-banner';
import { languageFromLocale } from '../core/ui-text';
import { readUserSettings } from './user-settings-store';

/** The profile and language in force: the user's choice, else the defaults. */
export async function loadViewConfig(): Promise<ViewConfig> {
  const user = await readUserSettings();
  return {
    profile: user.profile ?? 'general',
    language: user.language ?? languageFromLocale(browser.i18n.getUILanguage()),
  };
}
