/**
 * The editor's preview: the real notice (components/banner.ts) or the real
 * block page (components/blocked-page.ts) for a resolved model, in a shadow
 * root so the notice's styles and ids stay apart from the editor's.
 */
import type { BannerModel } from '../core/notice/banner-model';
import { renderBanner } from './banner';
import { bannerStyles } from './banner-styles';
import { renderBlockedPage } from './blocked-page';
import { el, fill } from './dom';

const noop = () => {};

export function renderPreview(host: HTMLElement, model: BannerModel | null, emptyText: string): void {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const frame = el('div', { class: 'frame' });
  const style = el('style', {
    text: `${bannerStyles.replace(/:host[^{]*\{[^}]*\}/g, '')}
.frame { padding: 12px; background: #e9e9e9; border: 1px solid #8c8c8c; border-radius: 4px; font: 15px/1.5 system-ui, sans-serif; color: #1b1b1b; }
.frame--covering { background: rgba(27, 27, 27, 0.55); }
.lp { max-height: none; }
h1 { font-size: 20px; margin: 0 0 6px; }`,
  });
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
  } else {
    const covering = model.mode === 'acknowledge' || model.mode === 'reason';
    if (covering) frame.classList.add('frame--covering');
    fill(frame, [renderBanner(model, { onLearnMore: noop, onDismiss: noop, onAcknowledge: noop })]);
  }
  shadow.replaceChildren(style, frame);
}
