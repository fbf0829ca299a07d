/**
 * The toolbar popup: is the current site in the catalogue, what holds for the
 * active profile, and which profile that is.
 */
import type { BannerModel } from '../core/banner-model';
import { normaliseUrl } from '../core/normalise-url';
import type { CatalogueLookup, ViewConfig } from '../core/resolve-banner';
import { formatDate, uiText } from '../core/ui-text';
import { el, fill } from './dom';

export interface PopupInput {
  lookup: CatalogueLookup;
  config: ViewConfig;
  url: string | undefined;
  model: BannerModel | undefined;
  openPage(path: `/catalogue.html${string}` | '/options.html'): void;
}

export function renderPopup(root: HTMLElement, input: PopupInput): void {
  const { lookup, config, model } = input;
  const lang = config.language;
  const t = uiText(lang);
  document.documentElement.lang = lang;
  const host = input.url ? normaliseUrl(input.url)?.hostname : undefined;
  const profile = lookup.catalogue.profiles.find((p) => p.id === config.profile);
  const { meta } = lookup.catalogue;

  const verdict = model
    ? el('section', { attrs: { 'data-state': 'concerned', 'data-tool': model.toolId } }, [
        el('p', { text: t.popupConcerned }),
        el('p', {}, [el('strong', { text: `${model.partLabel}: ` }), el('span', { class: `status status--${model.status}`, text: model.statusText })]),
        el('p', { text: model.summary }),
        model.fallbackNotice !== undefined && el('p', { class: 'muted', text: model.fallbackNotice }),
      ])
    : el('section', { attrs: { 'data-state': host ? 'not-concerned' : 'no-page' } }, [
        el('p', { text: host ? t.popupNotConcerned : t.popupNoPage }),
      ]);

  const catalogueButton = el('button', { class: 'primary', text: model ? t.learnMore : t.popupOpenCatalogue, attrs: { type: 'button' } });
  catalogueButton.addEventListener('click', () => input.openPage(`/catalogue.html${model ? model.detailsFragment : ''}`));
  const optionsButton = el('button', { text: t.popupOpenOptions, attrs: { type: 'button' } });
  optionsButton.addEventListener('click', () => input.openPage('/options.html'));

  fill(root, [
    el('h1', { text: t.productName }),
    el('p', { class: 'popup-site', text: host ?? '' }),
    verdict,
    el('p', { class: 'muted', attrs: { 'data-profile': config.profile } }, [`${t.popupActiveProfile}: `, el('strong', { text: profile?.name[lang] ?? config.profile })]),
    el('p', { class: 'muted', text: t.standLine(formatDate(meta.stand, lang), meta.version) }),
    el('div', { class: 'popup-actions' }, [catalogueButton, optionsButton]),
  ]);
}
