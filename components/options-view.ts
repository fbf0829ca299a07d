/** The options page: the user picks a profile and a language. */
import type { Profile } from '../core/policy-schema';
import type { ViewConfig } from '../core/resolve-banner';
import { Language, uiText } from '../core/ui-text';
import { type UserSettings, parseUserSettings } from '../core/user-settings';
import { el } from './dom';

export interface OptionsInput {
  profiles: Profile[];
  user: UserSettings;
  config: ViewConfig;
  save(settings: UserSettings): Promise<void>;
}

export function renderOptions(root: HTMLElement, input: OptionsInput): void {
  const lang = input.config.language;
  const t = uiText(lang);
  document.documentElement.lang = lang;
  document.title = t.optionsTitle;

  const profile = el('select', { attrs: { id: 'profile', name: 'profile', 'aria-describedby': 'profile-help' } },
    input.profiles.map((p) => {
      const option = el('option', { text: `${p.name[lang]} – ${p.description[lang]}`, attrs: { value: p.id } });
      option.selected = p.id === input.config.profile;
      return option;
    }),
  );
  const languageNames: Record<Language, string> = { de: 'Deutsch', en: 'English' };
  const language = el('select', { attrs: { id: 'language', name: 'language' } }, [
    el('option', { text: t.optionsLanguageAuto, attrs: { value: '' } }),
    ...Language.map((l) => {
      const option = el('option', { text: languageNames[l], attrs: { value: l, lang: l } });
      option.selected = input.user.language === l;
      return option;
    }),
  ]);
  const status = el('p', { class: 'muted', attrs: { role: 'status', id: 'saved' } });

  const save = async () => {
    await input.save(parseUserSettings({ profile: profile.value, language: language.value || undefined }));
    status.textContent = t.optionsSaved;
  };
  profile.addEventListener('change', () => void save());
  language.addEventListener('change', () => void save());

  root.replaceChildren(
    el('h1', { text: t.optionsTitle }),
    el('p', {}, [el('label', { text: t.optionsProfile, attrs: { for: 'profile' } })]),
    el('p', {}, [profile]),
    el('p', { class: 'muted', text: t.optionsProfileHelp, attrs: { id: 'profile-help' } }),
    el('p', {}, [el('label', { text: t.optionsLanguage, attrs: { for: 'language' } })]),
    el('p', {}, [language]),
    status,
  );
}
