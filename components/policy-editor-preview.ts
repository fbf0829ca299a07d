/**
 * The editor's preview: the real notice (components/banner.ts) or the real
 * block page (components/blocked-page.ts) for a resolved model, in a shadow
 * root so the notice's styles and ids stay apart from the editor's. The
 * inform strip lays itself out by the viewport's width (as on a page, where
 * it spans the window): it goes into a frame as wide as the preview, so it
 * shows as it would in a window that wide, not squeezed into the wide layout.
 */
import type { BannerModel } from '../core/notice/banner-model';
import { renderBanner } from './banner';
import { bannerStyles } from './banner-styles';
import { renderBlockedPage } from './blocked-page';
import { el, fill } from './dom';

const noop = () => {};

const noticeStyles = () => bannerStyles.replace(/:host[^{]*\{[^}]*\}/g, '');

/** The page under the strip: room for its panels, which open over the page. */
const STRIP_PAGE_STYLES = `
html, body { margin: 0; background: #f3f4f7; }
body { font: 15px/1.45 system-ui, sans-serif; min-height: 100vh; }`;

function stripFrame(model: BannerModel): HTMLIFrameElement {
  const iframe = el('iframe', { class: 'strip', attrs: { title: model.partLabel } });
  iframe.addEventListener('load', () => fillStripFrame(iframe, model));
  return iframe;
}

/** The strip, into the frame's own (same-origin, empty) document. */
function fillStripFrame(iframe: HTMLIFrameElement, model: BannerModel): void {
  const doc = iframe.contentDocument;
  if (!doc?.body) return;
  doc.documentElement.lang = model.lang;
  const style = doc.createElement('style');
  style.textContent = `${noticeStyles()}\n${STRIP_PAGE_STYLES}`;
  doc.head.replaceChildren(style);
  doc.body.replaceChildren(renderBanner(model, { onLearnMore: noop, onDismiss: noop }));
}

export function renderPreview(host: HTMLElement, model: BannerModel | null, emptyText: string): void {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const frame = el('div', { class: 'frame' });
  const style = el('style', {
    text: `${noticeStyles()}
.frame { padding: 12px; background: #e9e9e9; border: 1px solid #8c8c8c; border-radius: 4px; font: 15px/1.5 system-ui, sans-serif; color: #1b1b1b; }
.frame--covering { background: rgba(27, 27, 27, 0.55); }
.frame--strip { padding: 0; }
iframe.strip { display: block; width: 100%; height: 420px; border: 0; }
.lp { max-height: none; }
h1 { font-size: 20px; margin: 0 0 6px; }`,
  });
  let fillStrip: (() => void) | undefined;
  if (!model) {
    fill(frame, [el('p', { text: emptyText })]);
  } else if (model.mode === 'block') {
    // The block page sets its document's title and language; here the document is the editor's.
    const { title } = document;
    const { lang } = document.documentElement;
    const blocked = el('div', { class: 'blocked' });
    renderBlockedPage(blocked, model.pageUrl, model, { onBack: noop, onContinue: noop, onLearnMore: noop });
    document.title = title;
    document.documentElement.lang = lang;
    // Its own style element repeats the notice's styles: the preview's apply.
    blocked.querySelector('style')?.remove();
    fill(frame, [blocked]);
  } else if (model.mode === 'inform') {
    frame.classList.add('frame--strip');
    const strip = stripFrame(model);
    fillStrip = () => fillStripFrame(strip, model);
    fill(frame, [strip]);
  } else {
    frame.classList.add('frame--covering');
    fill(frame, [renderBanner(model, { onLearnMore: noop, onDismiss: noop, onAcknowledge: noop })]);
  }
  shadow.replaceChildren(style, frame);
  // An empty frame's document is there once it is in the document (its load event may come first or not).
  fillStrip?.();
}
