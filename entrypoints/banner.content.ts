import matches from '@/generated/content-script-matches.json';
import { createBannerController } from '@/components/banner-controller';
import { NOTICE_CONFIRMED } from '@/core/notice/notice-confirmed';
import { POLICY_CHANGED } from '@/core/policy-changed';
import { snapshotBanner } from '@/services/page-snapshot-reader';

/** The page's own storage; opaque or sandboxed pages refuse access to it. */
function pageStorage(area: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    return window[area];
  } catch {
    return undefined;
  }
}

/** Set in the content script's own world, which the page cannot see. */
const RUNNING = Symbol.for('leitplanke.banner');

/**
 * Runs only on the catalogue's hosts (match patterns generated from
 * `policy/`; organisation rules register it for theirs, and the background
 * injects it where Firefox's match patterns do not reach), at document
 * start: the notice's host is in the document before the page can paint.
 */
export default defineContentScript({
  matches,
  runAt: 'document_start',
  main(ctx) {
    const world = globalThis as { [RUNNING]?: true };
    // Injected twice (manifest and background): one notice.
    if (world[RUNNING]) return;
    world[RUNNING] = true;
    const controller = createBannerController({
      send: (message) => browser.runtime.sendMessage(message),
      currentUrl: () => location.href,
      snapshot: snapshotBanner,
      tabMemory: pageStorage('sessionStorage'),
      siteMemory: pageStorage('localStorage'),
      confirmFrameUrl: async () => {
        const token = (await browser.runtime.sendMessage({ type: 'notice-token' })) as string;
        return `${browser.runtime.getURL('/notice-frame.html')}#${token}`;
      },
      escalate: (url) =>
        location.replace(`${browser.runtime.getURL('/notice.html')}#${encodeURIComponent(url)}`),
    });
    // Synchronously, before any await: the host and its reserved strip precede the page's first paint.
    void controller.start();
    ctx.addEventListener(window, 'wxt:locationchange', (event) => void controller.update(event.newUrl.href));
    const onMessage = (message: unknown) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (type === POLICY_CHANGED) void controller.update();
      if (type === NOTICE_CONFIRMED) controller.confirmed();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      // The page can fake WXT's "a newer script started" event; only a gone extension ends the notice.
      if (browser.runtime?.id) return;
      browser.runtime.onMessage.removeListener(onMessage);
      controller.unmount();
    });
  },
});
