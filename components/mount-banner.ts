/**
 * Puts the banner into the page: one host element in a shadow root, so the
 * page's CSS cannot reach in and ours cannot leak out. The page is pushed down
 * by the banner's height (a reserved strip), so its own controls stay visible.
 */
import type { BannerModel } from '../core/banner-model';
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
  shadow.append(style, renderBanner(model, actions));
  // At document_start there is no <body> yet; <html> always exists.
  root.append(host);

  const previousMargin = root.style.getPropertyValue('margin-top');
  const previousPriority = root.style.getPropertyPriority('margin-top');
  const reserve = () => root.style.setProperty('margin-top', `${host.getBoundingClientRect().height}px`, 'important');
  const observer = new ResizeObserver(reserve);
  observer.observe(host);
  reserve();

  return {
    host,
    remove() {
      observer.disconnect();
      host.remove();
      if (previousMargin) root.style.setProperty('margin-top', previousMargin, previousPriority);
      else root.style.removeProperty('margin-top');
    },
  };
}
