/**
 * The notice's host in a page that may be hostile, or merely careless:
 * - in place at once: `openNoticeHost` inserts the host with its reserved
 *   strip synchronously (call it in the content script's first task); the
 *   notice fills in later without moving the page;
 * - out of reach: a closed shadow root, styles adopted as constructable
 *   stylesheets (not subject to the page's CSP), the host's own layout set
 *   inline with `!important`, the notice itself in the top layer (a manual
 *   popover for the banner, a modal `<dialog>` for the covering modes) so no
 *   z-index paints over it;
 * - it survives: re-inserted when the page removes it or rebuilds the
 *   document, its attributes restored when the page changes them. A page
 *   that keeps doing so is not fought in a loop: after `REPAIR_LIMIT`
 *   repairs within `REPAIR_WINDOW_MS` the host gives up and `onEscalate`
 *   takes the notice beyond the page's reach.
 */
import type { BannerModel } from '../core/notice/banner-model';
import { bannerText } from '../core/notice/banner-text';
import { type BannerActions, renderBanner } from './banner';
import {
  bannerStyles,
  INFORM_STRIP_MEDIUM_MIN,
  INFORM_STRIP_WIDE_MIN,
  informStripHeight,
} from './banner-styles';

export const NOTICE_TAG = 'leitplanke-banner';

/**
 * The inform strip's height, fixed per viewport width class: from `minWidth`
 * px of viewport width up, the strip is `height` px. The host reserves this
 * much before the notice's content is known, so the page never moves when it
 * fills in; the strip's own layout (components/banner-styles.ts) must fit it.
 */
export const INFORM_STRIP_HEIGHTS = [INFORM_STRIP_WIDE_MIN, INFORM_STRIP_MEDIUM_MIN, 0].map((minWidth) => ({
  minWidth,
  height: informStripHeight(minWidth),
}));

/**
 * The same step function as one CSS length, for an inline style (where media
 * queries cannot go): each `clamp()` is 0 below its class and the whole step
 * from its first pixel on.
 */
export function informStripHeightCss(): string {
  const classes = [...INFORM_STRIP_HEIGHTS].reverse();
  const steps = classes
    .slice(1)
    .map((c, i) => `clamp(0px, (100vw - ${c.minWidth - 1}px) * 1000, ${classes[i]!.height - c.height}px)`);
  return `calc(${[`${classes[0]!.height}px`, ...steps].join(' - ')})`;
}

/** Repairs (re-insertions, restored attributes, reloaded frames) tolerated per window before escalating. */
export const REPAIR_LIMIT = 5;
export const REPAIR_WINDOW_MS = 10_000;

/** The host's own box, inline and `!important`: page CSS cannot hide, move or fade it. */
function hostStyle(reserve: boolean): Array<[string, string]> {
  return [
    ['display', 'block'],
    ['visibility', 'visible'],
    ['opacity', '1'],
    ['position', 'static'],
    ['float', 'none'],
    ['width', 'auto'],
    ['height', reserve ? informStripHeightCss() : '0px'],
    ['min-height', '0px'],
    ['max-height', 'none'],
    ['margin', '0px'],
    ['padding', '0px'],
    ['border', '0px none'],
    ['overflow', 'visible'],
    ['transform', 'none'],
    ['filter', 'none'],
    ['clip-path', 'none'],
    ['mask', 'none'],
    ['contain', 'none'],
    ['content-visibility', 'visible'],
    ['pointer-events', 'auto'],
    ['background', 'transparent'],
  ];
}

/** Top-layer placement of the notice; in the shadow root, so the page's CSS cannot reach it. */
const hostLayerStyles = `
.lp-layer {
  position: fixed; inset: 0 0 auto 0; width: 100%; max-width: none; height: auto; max-height: 100%;
  margin: 0; padding: 0; border: 0; background: transparent; overflow: visible; color: inherit;
}
dialog.lp-layer {
  inset: 0; max-width: 880px; width: calc(100% - 32px); max-height: calc(100% - 48px);
  margin: 24px auto; overflow: auto;
}
dialog.lp-layer > .lp { margin: 0 auto; }
dialog.lp-layer::backdrop { background: rgba(32, 32, 32, 0.82); }
.lp-frame { display: block; width: 100%; border: 0; background: transparent; }
.lp-frame--acknowledge { height: 56px; }
.lp-frame--reason { height: 250px; }
`;

/** Styles that no page CSP can block: a constructable stylesheet where the browser lets a content script adopt one. */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Firefox content scripts cannot adopt their own sheets (Xray); a <style> in the shadow root still applies there.
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

export interface NoticeHostOptions {
  /** Reserve the inform strip (see `INFORM_STRIP_HEIGHTS`). */
  reserve: boolean;
  /** The page would not let the notice stay: show it somewhere the page cannot reach. */
  onEscalate(): void;
  doc?: Document;
  now?: () => number;
}

export interface ShowOptions {
  /**
   * Acknowledge and reason mode: the address of the extension page that takes
   * the confirmation (and the typed reason) in an `<iframe>`, out of the page's reach.
   */
  confirmFrameUrl?: () => Promise<string>;
}

export interface NoticeHost {
  show(model: BannerModel, actions: BannerActions, options?: ShowOptions): void;
  /** Whether the host is in the document and guarded (not yet removed or escalated). */
  readonly active: boolean;
  remove(): void;
}

/** Whether two boxes share any area. */
export function overlaps(a: DOMRectReadOnly, b: DOMRectReadOnly): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Inserts the guarded host now (synchronously), reserving the strip; `show` fills it in. */
export function openNoticeHost(options: NoticeHostOptions): NoticeHost {
  const doc = options.doc ?? document;
  const now = options.now ?? Date.now;
  const host = doc.createElement(NOTICE_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, `${bannerStyles}\n${hostLayerStyles}`);
  const content = doc.createElement('div');
  shadow.append(content);
  let layer: HTMLElement | undefined;
  let frame: { loads: number } | undefined;
  /** Replaces the confirmation frame: moving an iframe reloads it, so a re-inserted host gets a fresh one. */
  let renewFrame: (() => void) | undefined;
  let active = true;
  const repairs: number[] = [];

  let expectedAttributes = '';
  const attributeState = () => [...host.attributes].map((a) => `${a.name}=${a.value}`).join('\n');
  const covering = () => host.hasAttribute('data-covering');
  function applyAttributes(): void {
    const keep = covering();
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
    if (keep) host.setAttribute('data-covering', '');
    for (const [property, value] of hostStyle(options.reserve))
      host.style.setProperty(property, value, 'important');
    expectedAttributes = attributeState();
  }

  /** Puts the notice (back) into the top layer: removal from the document takes it out. */
  function present(): void {
    if (!layer || !active || !layer.isConnected) return;
    if (layer instanceof HTMLDialogElement) {
      if (typeof layer.showModal !== 'function' || layer.matches(':modal')) return;
      if (layer.open) layer.close();
      layer.showModal();
      layer.querySelector<HTMLElement>('.lp-title')?.focus();
    } else if (typeof layer.showPopover === 'function' && !layer.matches(':popover-open')) {
      layer.showPopover();
    }
  }

  function escalate(): void {
    stopWatching();
    active = false;
    options.onEscalate();
  }

  /**
   * The page put an element of its own into the top layer (a popover or modal dialog, shown after
   * ours): where it lies over the notice, the notice goes back on top. A tooltip elsewhere is left
   * alone, so an ordinary page never uses up the repairs.
   */
  function onPageTopLayer(event: Event): void {
    if (!active || !layer || (event as ToggleEvent).newState !== 'open') return;
    const target = event.target;
    if (
      !(target instanceof Element) ||
      !overlaps(target.getBoundingClientRect(), layer.getBoundingClientRect())
    )
      return;
    if (!mayRepair()) return;
    if (layer instanceof HTMLDialogElement) {
      if (layer.open) layer.close();
    } else if (layer.matches(':popover-open')) layer.hidePopover();
    present();
  }

  /** Counts one repair; false once the page has forced too many. */
  function mayRepair(): boolean {
    const t = now();
    repairs.push(t);
    while (repairs.length > 0 && repairs[0]! <= t - REPAIR_WINDOW_MS) repairs.shift();
    if (repairs.length <= REPAIR_LIMIT) return true;
    escalate();
    return false;
  }

  const observer = new MutationObserver(() => check());
  function stopWatching(): void {
    observer.disconnect();
    doc.removeEventListener('toggle', onPageTopLayer, true);
  }
  function observe(): void {
    observer.disconnect();
    observer.observe(doc, { childList: true });
    if (doc.documentElement) observer.observe(doc.documentElement, { childList: true });
    observer.observe(host, { attributes: true });
  }

  function check(): void {
    if (!active) return;
    const root = doc.documentElement;
    if (root && host.parentNode !== root) {
      if (!mayRepair()) return;
      // First in the document: keyboard and screen-reader users meet it first.
      root.prepend(host);
      observe();
      renewFrame?.();
    }
    if (attributeState() !== expectedAttributes) {
      if (!mayRepair()) return;
      applyAttributes();
    }
    present();
  }

  applyAttributes();
  // At document_start there is no <body> yet; <html> always exists.
  doc.documentElement.prepend(host);
  observe();
  // `toggle` does not bubble, and ours never leaves the closed shadow root: captured here, it is the page's.
  doc.addEventListener('toggle', onPageTopLayer, true);

  function confirmFrame(model: BannerModel, url: () => Promise<string>): HTMLElement {
    const slot = doc.createElement('div');
    const renew = () => {
      const current = { loads: 0 };
      frame = current;
      void url().then((src) => {
        if (frame !== current || !active) return;
        const element = doc.createElement('iframe');
        element.className = `lp-frame lp-frame--${model.mode}`;
        element.title = bannerText(model.lang).confirmFrameTitle;
        // The page can navigate a frame it cannot see (window.frames): a second load is not ours.
        element.addEventListener('load', () => {
          current.loads += 1;
          if (current.loads > 1 && frame === current && mayRepair()) renew();
        });
        // The address before insertion: the frame's first load is the extension page.
        element.src = src;
        slot.replaceChildren(element);
      });
    };
    renewFrame = renew;
    renew();
    return slot;
  }

  return {
    get active() {
      return active;
    },
    show(model, actions, showOptions = {}) {
      const isCovering = model.mode === 'acknowledge' || model.mode === 'reason';
      const confirmFrameUrl = showOptions.confirmFrameUrl;
      frame = undefined;
      renewFrame = undefined;
      const notice = renderBanner(model, {
        ...actions,
        ...(isCovering && confirmFrameUrl
          ? { confirmation: () => confirmFrame(model, confirmFrameUrl) }
          : {}),
      });
      if (isCovering) host.setAttribute('data-covering', '');
      else host.removeAttribute('data-covering');
      applyAttributes();
      layer?.remove();
      if (isCovering) {
        const dialog = doc.createElement('dialog');
        dialog.setAttribute('aria-labelledby', 'lp-title');
        // Escape does not close it: the page stays covered until the user confirms.
        dialog.addEventListener('cancel', (event) => event.preventDefault());
        dialog.addEventListener('close', () => present());
        layer = dialog;
      } else {
        layer = doc.createElement('div');
        layer.setAttribute('popover', 'manual');
      }
      layer.className = 'lp-layer';
      layer.append(notice);
      content.replaceChildren(layer);
      present();
    },
    remove() {
      active = false;
      stopWatching();
      host.remove();
    },
  };
}
