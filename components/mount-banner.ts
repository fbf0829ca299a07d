/**
 * A trainer's demonstration of the notice (components/demo-controller.ts):
 * one host element in an open shadow root, so the page's CSS cannot reach in
 * and ours cannot leak out. Nothing a demonstration shows is recorded, so it
 * needs none of the guards of the real notice (components/notice-host.ts).
 * - inform: a banner at the top; the page is pushed down by its height (a
 *   reserved strip), so the page's own controls stay visible;
 * - acknowledge/reason: a dialog covering the page until the user confirms;
 *   focus stays inside it.
 */
import type { BannerModel } from '../core/notice/banner-model';
import { type BannerActions, renderBanner } from './banner';
import { bannerStyles } from './banner-styles';

export const BANNER_TAG = 'leitplanke-banner';

export interface MountedBanner {
  host: HTMLElement;
  remove(): void;
}

export function mountBanner(model: BannerModel, actions: BannerActions): MountedBanner {
  const root = document.documentElement;
  const host = document.createElement(BANNER_TAG);
  // Open, so assistive tech and axe-core can inspect it; the page gains nothing it could not remove anyway.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = bannerStyles;
  const notice = renderBanner(model, actions);
  shadow.append(style, notice);
  const covering = model.mode === 'acknowledge' || model.mode === 'reason';
  if (covering) host.setAttribute('data-covering', '');
  // At document_start there is no <body> yet; <html> always exists. First in
  // the document, so keyboard and screen-reader users meet it first.
  root.prepend(host);

  const cleanups: Array<() => void> = [];
  if (covering) {
    const title = notice.querySelector<HTMLElement>('.lp-title')!;
    title.focus();
    // Keep keyboard focus in the dialog while the page is covered.
    const keepFocus = (event: FocusEvent) => {
      if (event.target !== host) title.focus();
    };
    document.addEventListener('focusin', keepFocus, true);
    cleanups.push(() => document.removeEventListener('focusin', keepFocus, true));
  } else {
    const hadStyle = root.hasAttribute('style');
    const previous = root.style.getPropertyValue('margin-top');
    const priority = root.style.getPropertyPriority('margin-top');
    const reserve = () =>
      root.style.setProperty('margin-top', `${host.getBoundingClientRect().height}px`, 'important');
    const observer = new ResizeObserver(reserve);
    observer.observe(host);
    reserve();
    cleanups.push(() => {
      observer.disconnect();
      if (previous) root.style.setProperty('margin-top', previous, priority);
      else root.style.removeProperty('margin-top');
      // Leave the page's <html> exactly as it was, without an empty style attribute.
      if (!hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
    });
  }

  return {
    host,
    remove() {
      for (const cleanup of cleanups) cleanup();
      host.remove();
    },
  };
}
