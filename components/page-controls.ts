/**
 * Controls shared by the trainer pages (catalogue, walkthrough): large type
 * for a projector, the page language, labelled selects.
 */
import { Language, uiText } from '../core/ui-text';
import { el } from './dom';

export const LARGE_TYPE_CLASS = 'lp-large';

/** "Große Schrift": a toggle button (aria-pressed) that scales the page for a projector. */
export function largeTypeToggle(lang: Language): HTMLButtonElement {
  const root = document.documentElement;
  const button = el('button', {
    text: uiText(lang).largeType,
    attrs: {
      type: 'button',
      id: 'large-type',
      'aria-pressed': String(root.classList.contains(LARGE_TYPE_CLASS)),
    },
  });
  button.addEventListener('click', () => {
    const on = !root.classList.contains(LARGE_TYPE_CLASS);
    root.classList.toggle(LARGE_TYPE_CLASS, on);
    button.setAttribute('aria-pressed', String(on));
  });
  return button;
}

export interface SelectOption {
  value: string;
  text: string;
  lang?: string;
}

/** A select with its visible label, as one inline group. */
export function labelledSelect(
  id: string,
  label: string,
  options: SelectOption[],
  selected: string,
  onChange: (value: string) => void,
): { field: HTMLElement; select: HTMLSelectElement } {
  const select = el(
    'select',
    { attrs: { id, name: id } },
    options.map((o) => {
      const option = el('option', {
        text: o.text,
        attrs: { value: o.value, ...(o.lang ? { lang: o.lang } : {}) },
      });
      option.selected = o.value === selected;
      return option;
    }),
  );
  select.addEventListener('change', () => onChange(select.value));
  const field = el('div', { class: 'field' }, [el('label', { text: label, attrs: { for: id } }), select]);
  return { field, select };
}

const languageNames: Record<Language, string> = { de: 'Deutsch', en: 'English' };

/** The page language: German first, English available; each name in its own language. */
export function languageSelect(id: string, lang: Language, onChange: (lang: Language) => void) {
  return labelledSelect(
    id,
    uiText(lang).pageLanguage,
    Language.map((l) => ({ value: l, text: languageNames[l], lang: l })),
    lang,
    (value) => onChange(Language.find((l) => l === value) ?? 'de'),
  );
}
