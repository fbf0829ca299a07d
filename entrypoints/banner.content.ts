import matches from '@/generated/content-script-matches.json';
import { createBannerController } from '@/components/banner-controller';

/**
 * Runs only on the catalogue's hosts (match patterns generated from
 * `policy/`), at document start, so the banner is there before the page can
 * be used.
 */
export default defineContentScript({
  matches,
  runAt: 'document_start',
  main(ctx) {
    const controller = createBannerController({
      send: (message) => browser.runtime.sendMessage(message),
      currentUrl: () => location.href,
    });
    void controller.update();
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.update());
    ctx.onInvalidated(() => controller.unmount());
  },
});
