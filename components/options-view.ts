/**
 * The options page: the user picks a profile and a language — unless the
 * organisation fixed them, which the page shows read-only, with why.
 */
import type { EffectivePolicy } from '../core/settings/effective-policy';
import { Language, uiText } from '../core/ui-text';
import { parseUserSettings, type UserSettings } from '../core/settings/user-settings';
import { editorText } from '../core/admin/policy-editor-text';
import { el, fill } from './dom';

export interface OptionsInput {
  policy: EffectivePolicy;
  user: UserSettings;
  save(settings: UserSettings): Promise<void>;
  diagnosticsUrl: string;
}

export function renderOptions(root: HTMLElement, input: OptionsInput): void {
  const { policy } = input;
  const lang = policy.view.language;
  const t = uiText(lang);
  document.documentElement.lang = lang;
  document.title = t.optionsTitle;
  const organisation = policy.settings.organisation?.name;
  // A setting the browser discarded never reached Leitplanke: name it here, not only in the diagnostics.
  const discarded = policy.problems.filter((p) => p.discarded);
  const lockedNote = (id: string) =>
    el('p', {
      class: 'muted',
      attrs: { id },
      text: t.optionsLocked(organisation ?? t.optionsYourOrganisation),
    });

  const profileLocked = policy.origins.profile === 'organisation';
  const profile = el(
    'select',
    {
      attrs: {
        id: 'profile',
        name: 'profile',
        'aria-describedby': profileLocked ? 'profile-help profile-locked' : 'profile-help',
      },
    },
    policy.lookup.catalogue.profiles.map((p) => {
      const option = el('option', {
        text: `${p.name[lang]} – ${p.description[lang]}`,
        attrs: { value: p.id },
      });
      option.selected = p.id === policy.view.profile;
      return option;
    }),
  );
  profile.disabled = profileLocked;

  const languageLocked = policy.origins.language === 'organisation';
  const languageNames: Record<Language, string> = { de: 'Deutsch', en: 'English' };
  const language = el(
    'select',
    {
      attrs: {
        id: 'language',
        name: 'language',
        ...(languageLocked ? { 'aria-describedby': 'language-locked' } : {}),
      },
    },
    [
      el('option', { text: t.optionsLanguageAuto, attrs: { value: '' } }),
      ...Language.map((l) => {
        const option = el('option', { text: languageNames[l], attrs: { value: l, lang: l } });
        option.selected = languageLocked ? policy.view.language === l : input.user.language === l;
        return option;
      }),
    ],
  );
  language.disabled = languageLocked;
  const status = el('p', { class: 'muted', attrs: { role: 'status', id: 'saved' } });

  const save = async () => {
    await input.save(parseUserSettings({ profile: profile.value, language: language.value || undefined }));
    status.textContent = t.optionsSaved;
  };
  profile.addEventListener('change', () => void save());
  language.addEventListener('change', () => void save());

  const problems = policy.problems.length;
  fill(root, [
    el('h1', { text: t.optionsTitle }),
    organisation !== undefined && el('p', { text: t.fromOrganisation(organisation) }),
    el('p', {}, [el('label', { text: t.optionsProfile, attrs: { for: 'profile' } })]),
    el('p', {}, [profile]),
    el('p', { class: 'muted', text: t.optionsProfileHelp, attrs: { id: 'profile-help' } }),
    profileLocked && lockedNote('profile-locked'),
    el('p', {}, [el('label', { text: t.optionsLanguage, attrs: { for: 'language' } })]),
    el('p', {}, [language]),
    languageLocked && lockedNote('language-locked'),
    status,
    el('h2', { text: t.diagnosticsTitle }),
    el('p', {
      attrs: { 'data-problems': String(problems) },
      text: problems > 0 ? t.optionsProblems(problems) : t.optionsNoProblems,
    }),
    discarded.length > 0 &&
      el(
        'ul',
        { attrs: { id: 'discarded' } },
        discarded.map((p) => el('li', {}, [el('code', { text: p.path }), ` – ${p.expected}`])),
      ),
    el('p', {}, [el('a', { text: t.diagnosticsOpen, attrs: { href: input.diagnosticsUrl } })]),
    el('p', {}, [
      el('a', {
        text: editorText(lang).open,
        attrs: { href: 'policy-editor.html', target: '_blank', id: 'open-policy-editor' },
      }),
    ]),
    // Issue 12: what this device keeps, and the data sheet; a tab of their own, like the trainer pages.
    el('h2', { text: t.recordTitle }),
    el('ul', {}, [
      el('li', {}, [
        el('a', { text: t.recordOpen, attrs: { href: 'record.html', target: '_blank', id: 'open-record' } }),
      ]),
      el('li', {}, [
        el('a', {
          text: t.recordDataSheetLink,
          attrs: { href: 'data-sheet.html', target: '_blank', id: 'open-data-sheet' },
        }),
      ]),
    ]),
    // The options page may open inside the browser's extension settings: the trainer pages get a tab of their own.
    el('h2', { text: t.trainersHeading }),
    el('ul', {}, [
      el('li', {}, [
        el('a', {
          text: t.popupOpenCatalogue,
          attrs: { href: 'catalogue.html', target: '_blank', id: 'open-catalogue' },
        }),
      ]),
      el('li', {}, [
        el('a', {
          text: t.walkthroughOpen,
          attrs: { href: 'walkthrough.html', target: '_blank', id: 'open-walkthrough' },
        }),
      ]),
    ]),
  ]);
}
