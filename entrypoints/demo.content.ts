import { createDemoController } from '@/components/demo-controller';
import { DemoMessage } from '@/core/trainer/demo-message';

/**
 * A trainer's demonstration. Registered at runtime only: it is not in the
 * manifest and never runs on its own; the popup injects it into the current
 * tab (`scripting.executeScript`) when a trainer asks for a demonstration,
 * then sends it the banner to show.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const demo = createDemoController({
      // The organisation can switch demonstrations off (`demoMode: false`); the background knows the policy in force.
      isAllowed: async () => {
        const status = (await browser.runtime.sendMessage({ type: 'status' })) as
          { demoAllowed?: unknown } | undefined;
        return status?.demoAllowed === true;
      },
      openDetails: (fragment) => void browser.runtime.sendMessage({ type: 'open-details', fragment }),
    });
    const onMessage = (message: unknown) => {
      const parsed = DemoMessage.safeParse(message);
      // Not ours: let other listeners answer.
      if (!parsed.success) return undefined;
      return demo.handle(parsed.data);
    };
    browser.runtime.onMessage.addListener(onMessage);
    // A newer injection (or an extension update) replaces this one: leave nothing behind.
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      demo.end();
    });
  },
});
