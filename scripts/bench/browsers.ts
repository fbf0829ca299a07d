/**
 * The two browsers of an A/B run: Debian's Chromium with the extension
 * (the e2e launcher, which also takes the machine-wide browser lock) and
 * the same Chromium with the same flags but no extension, started while that
 * lock is held. Plus what the benchmark needs from the browser level: the
 * extension's service worker, to stop it (cold start) and to read its heap.
 */
import { type BrowserContext, type CDPSession, chromium } from 'playwright-core';
import { chromiumLaunchOptions, type ExtensionBrowser } from '../../tests/e2e/support/extension-browser';

export interface Browsers {
  ext: ExtensionBrowser;
  base: BrowserContext;
  /** A browser-level DevTools session of the extension's browser. */
  cdp: CDPSession;
  chromiumVersion: string;
  close(): Promise<void>;
}

/**
 * Same options as `launch()` in tests/e2e/support/extension-browser.ts,
 * without `--load-extension`: the only difference between A and B.
 */
function launchBaseline(port: number): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', chromiumLaunchOptions(port));
}

/** Managed storage answers seconds after start and the extension reacts to it: let that settle before measuring. */
async function waitForStartUp(ext: ExtensionBrowser): Promise<void> {
  await Promise.race([
    ext.worker.evaluate(() => chrome.storage.managed.get().then(() => undefined)),
    new Promise((resolve) => setTimeout(resolve, 10_000)),
  ]);
}

export async function launchBrowsers(port: number): Promise<Browsers> {
  // Imported late: the launcher reads LEITPLANKE_OUTPUT_DIR when it loads.
  const { launchWithExtension } = await import('../../tests/e2e/support/extension-browser');
  const ext = await launchWithExtension(port);
  let base: BrowserContext | undefined;
  try {
    base = await launchBaseline(port);
    const browser = ext.context.browser();
    if (!browser) throw new Error('no browser-level handle for the extension context');
    const cdp = await browser.newBrowserCDPSession();
    await waitForStartUp(ext);
    const opened = base;
    return {
      ext,
      base: opened,
      cdp,
      chromiumVersion: browser.version(),
      close: async () => {
        await opened.close().catch(() => {});
        await ext.close();
      },
    };
  } catch (error) {
    await base?.close().catch(() => {});
    await ext.close();
    throw error;
  }
}

async function extensionWorkerTargets(cdp: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos
    .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))
    .map((t) => t.targetId);
}

async function poll(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Stops the extension's service worker, as Chromium does after 30 s idle;
 * the next message from a content script starts it again (a cold start).
 * `ServiceWorker.stopAllWorkers` does not reach extension workers; closing
 * the worker's DevTools target does.
 */
export async function stopServiceWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  // The banner may already show (from the page snapshot) while the page's message to the worker is
  // still on its way; that message starts the worker again. Stop it until it stays stopped.
  await poll(async () => {
    for (const targetId of await extensionWorkerTargets(cdp, extensionId))
      await cdp.send('Target.closeTarget', { targetId });
    await new Promise((r) => setTimeout(r, 250));
    return !(await serviceWorkerRunning(cdp, extensionId));
  }, 'the service worker to stop');
}

/** Whether the extension's service worker runs now (after a stop: whether the page's message started it again). */
export async function serviceWorkerRunning(cdp: CDPSession, extensionId: string): Promise<boolean> {
  return (await extensionWorkerTargets(cdp, extensionId)).length > 0;
}

export interface HeapUsage {
  usedBytes: number;
  embedderBytes: number;
}

/**
 * The service worker's V8 heap after a forced GC. Playwright gives no CDP
 * session for workers, so this attaches to the worker's target from the
 * browser session and talks to it through `Target.sendMessageToTarget`.
 */
export async function serviceWorkerHeap(cdp: CDPSession, extensionId: string): Promise<HeapUsage> {
  await poll(async () => (await extensionWorkerTargets(cdp, extensionId)).length > 0, 'the service worker');
  const [targetId] = await extensionWorkerTargets(cdp, extensionId);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetId!, flatten: false });
  let nextId = 0;
  const pending = new Map<number, (result: Record<string, number>) => void>();
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, number> };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply.result ?? {});
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method: string) =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, resolve);
      setTimeout(() => reject(new Error(`${method} on the service worker timed out`)), 10_000).unref();
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params: {} }),
      });
    });
  try {
    await send('HeapProfiler.collectGarbage');
    const heap = await send('Runtime.getHeapUsage');
    return { usedBytes: heap.usedSize ?? Number.NaN, embedderBytes: heap.embedderHeapUsedSize ?? Number.NaN };
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}
