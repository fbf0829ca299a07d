import { approvalLink, confirmationForm, followReason } from '@/components/banner';
import { bannerStyles } from '@/components/banner-styles';
import { el, fill } from '@/components/dom';
import type { BannerModel } from '@/core/notice/banner-model';

/**
 * The confirmation inside a notice on a web page: an extension page in an
 * <iframe>, so the page sees neither the keys nor the reason typed here,
 * and cannot press the button. The background answers only the frame that
 * holds the tab's token (from the banner script, in the fragment), and takes
 * the page's address from the browser, not from here.
 */
/**
 * The notice's colours are custom properties on `.lp` (light, dark, forced colours): the frame's
 * <html> carries that class so its button and field look like the notice around it; the box
 * `.lp` gives the notice itself (border, shadow, scrolling) is taken off again.
 */
const frameStyles = `
html.lp { max-height: none; overflow: visible; padding: 0; border: 0; box-shadow: none; }
html, body { margin: 0; background: var(--lp-bg); color: var(--lp-text); }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
.lp-frame-page { padding: 2px 4px; }
.lp-frame-page .lp-confirm { margin-top: 0; max-width: none; }
.lp-frame-page a { color: var(--lp-action); }
.lp-frame-page :focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 5px #ffdd00; }
`;
const token = location.hash.slice(1);
const model = (await browser.runtime.sendMessage({ type: 'notice-frame', token })) as BannerModel | null;
const root = document.getElementById('app')!;
if (model) {
  document.documentElement.lang = model.lang;
  document.documentElement.classList.add('lp');
  const approval = model.mode === 'reason' ? approvalLink(model, '') : undefined;
  fill(root, [
    el('style', { text: `${bannerStyles.replace(/:host[^{]*\{[^}]*\}/g, '')}\n${frameStyles}` }),
    confirmationForm(model, (reason) => {
      void browser.runtime.sendMessage({ type: 'confirm', token, ...(reason ? { reason } : {}) });
    }),
    approval !== undefined && el('p', { class: 'lp-approval' }, [approval]),
  ]);
  followReason(root, model);
}
