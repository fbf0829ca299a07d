/**
 * The notice's styles (components/banner.css, minified into the content
 * script by the build) and the inform strip's height contract.
 */
import css from './banner.css?inline';

/** Viewport widths (CSS px) at which the inform strip changes its layout. */
export const INFORM_STRIP_WIDE_MIN = 1024;
export const INFORM_STRIP_MEDIUM_MIN = 600;

/**
 * The inform strip's height in CSS px, fixed per width class and independent
 * of its content, so its space can be reserved before the content is known:
 * one row (wide), title over buttons (medium), title over two rows of buttons
 * (narrow, down to 320 px). Its panels ("Warum?", "Stattdessen") overlay the
 * page below and never change it. The same values are in banner.css.
 */
export function informStripHeight(viewportWidth: number): number {
  if (viewportWidth >= INFORM_STRIP_WIDE_MIN) return 56;
  if (viewportWidth >= INFORM_STRIP_MEDIUM_MIN) return 72;
  return 112;
}

export const bannerStyles: string = css;
