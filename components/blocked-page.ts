/**
 * The block page: the navigation was redirected here before the site loaded.
 * It says why, offers the alternatives and whom to ask, and — only where the
 * organisation allows it — "continue anyway".
 */
import type { BannerModel } from '../core/notice/banner-model';
import { uiText } from '../core/ui-text';
import { type BannerActions, renderBanner } from './banner';
import { bannerStyles } from './banner-styles';
import { el, fill } from './dom';

export function renderBlockedPage(
  root: HTMLElement,
  url: string,
  model: BannerModel | null,
  actions: Required<Pick<BannerActions, 'onBack' | 'onContinue' | 'onLearnMore'>>,
): void {
  const lang = model?.lang ?? 'de';
  const t = uiText(lang);
  document.documentElement.lang = lang;
  document.title = `${t.blockedHeading} – ${t.productName}`;
  // The banner's look without its page-overlay parts: here the notice is the page.
  const style = el('style', {
    text: `${bannerStyles.replace(/:host[^{]*\{[^}]*\}/g, '')}\n.lp { max-height: none; }`,
  });
  fill(root, [
    style,
    el('h1', { text: t.blockedHeading }),
    el('p', { class: 'muted' }, [`${t.blockedAddress}: `, el('code', { text: url })]),
    model ? renderBanner(model, actions) : el('p', { text: t.popupNotConcerned }),
  ]);
}
