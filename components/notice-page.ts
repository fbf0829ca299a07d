/**
 * The extension's own notice page, for a page that kept removing the notice
 * from itself: the full notice, out of the page's reach, with "Zurück" and
 * the way on — "continue" in inform mode, the confirmation in acknowledge
 * and reason mode (typed here, in an extension page).
 */
import type { BannerModel } from '../core/notice/banner-model';
import { uiText } from '../core/ui-text';
import { type BannerActions, renderBanner } from './banner';
import { bannerStyles } from './banner-styles';
import { el, fill } from './dom';

export interface NoticePageActions {
  onBack(): void;
  onLearnMore(): void;
  /** Inform mode: go on to the page. */
  onContinue(): void;
  /** Acknowledge and reason mode: confirmed (with the reason in reason mode). */
  onAcknowledge(reason?: string): void;
}

export function renderNoticePage(
  root: HTMLElement,
  url: string,
  model: BannerModel | null,
  actions: NoticePageActions,
): void {
  const lang = model?.lang ?? 'de';
  const t = uiText(lang);
  document.documentElement.lang = lang;
  document.title = `${t.escalatedHeading} – ${t.productName}`;
  const style = el('style', {
    text: `${bannerStyles.replace(/:host[^{]*\{[^}]*\}/g, '')}\n.lp { max-height: none; }`,
  });
  const covering = model?.mode === 'acknowledge' || model?.mode === 'reason';
  const bannerActions: BannerActions = covering
    ? { onBack: actions.onBack, onLearnMore: actions.onLearnMore, onAcknowledge: actions.onAcknowledge }
    : { onBack: actions.onBack, onLearnMore: actions.onLearnMore, onContinue: actions.onContinue };
  fill(root, [
    style,
    el('h1', { text: t.escalatedHeading }),
    el('p', { text: t.escalatedIntro }),
    el('p', { class: 'muted' }, [`${t.blockedAddress}: `, el('code', { text: url })]),
    // "continue" is the way on from here, whatever the block-mode setting says.
    model
      ? renderBanner(covering ? model : { ...model, continueAllowed: true }, bannerActions)
      : el('p', { text: t.popupNotConcerned }),
  ]);
}
