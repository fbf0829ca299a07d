import matches from '@/generated/content-script-matches.json';
import { createBannerController } from '@/components/banner-controller';
import { POLICY_CHANGED } from '@/core/policy-changed';
import { snapshotBanner } from '@/services/page-snapshot-reader';

/** Opaque or sandboxed pages refuse access to sessionStorage. */
function pageSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Runs only on the catalogue's hosts (match patterns generated from
 * `policy/`; organisation rules register it for theirs), at document start,
 * so the notice is there before the page can be used.
 */
export default defineContentScript({
  matches,
  runAt: 'document_start',
  main(ctx) {
    const controller = createBannerController({
      send: (message) => browser.runtime.sendMessage(message),
      currentUrl: () => location.href,
      snapshot: snapshotBanner,
      tabMemory: pageSessionStorage(),
    });
    void controller.update();
    ctx.addEventListener(window, 'wxt:locationchange', (event) => void controller.update(event.newUrl.href));
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === POLICY_CHANGED) void controller.update();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      controller.unmount();
    });
  },
});
