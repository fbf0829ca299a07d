/**
 * Page-level measurements, all read from the browser's own clocks
 * (Navigation Timing, Paint Timing, `performance.now()` in the page), never
 * from the benchmark's side of the DevTools pipe.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { HeapUsage } from './browsers';

const NAV_TIMEOUT_MS = 15_000;

export interface LoadTiming {
  /** Navigation start → end of the load event. */
  loadMs: number;
  domContentLoadedMs: number;
}

export interface BannerTiming extends LoadTiming {
  /** Navigation start → `<leitplanke-banner>` inserted into the document. */
  bannerMs: number;
  /** First contentful paint, if the page reported one in time. */
  fcpMs: number | undefined;
}

/** Navigation Timing of the document in `page`, once its load event has ended. */
async function navigationTiming(page: Page): Promise<LoadTiming> {
  const handle = await page.waitForFunction(
    () => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return nav && nav.loadEventEnd > 0
        ? { loadMs: nav.loadEventEnd, domContentLoadedMs: nav.domContentLoadedEventStart }
        : null;
    },
    null,
    { timeout: NAV_TIMEOUT_MS },
  );
  return (await handle.jsonValue())!;
}

export async function loadOnce(page: Page, url: string): Promise<LoadTiming> {
  await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
  return navigationTiming(page);
}

/**
 * Records, in the page's own clock, when the banner's host element is
 * inserted. The banner is prepended to <html>, so watching <html>'s children
 * (not the whole subtree) sees it without slowing the parser down. Plain
 * JavaScript source: tsx would wrap named functions in a helper that does not
 * exist in the page.
 */
const WATCH_FOR_BANNER = `(() => {
  const watch = (root) => new MutationObserver((records, observer) => {
    if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'LEITPLANKE-BANNER'))) return;
    window.__lpBannerAt = performance.now();
    observer.disconnect();
  }).observe(root, { childList: true });
  if (document.documentElement) watch(document.documentElement);
  else new MutationObserver((_, observer) => {
    if (!document.documentElement) return;
    observer.disconnect();
    watch(document.documentElement);
  }).observe(document, { childList: true });
})();`;

/** A tab that timestamps the banner on every document it loads. */
export async function bannerTimingPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: WATCH_FOR_BANNER });
  return page;
}

export async function bannerTiming(page: Page, url: string): Promise<BannerTiming> {
  const load = await loadOnce(page, url);
  const bannerMs = await (
    await page.waitForFunction(() => (window as unknown as { __lpBannerAt?: number }).__lpBannerAt, null, {
      timeout: NAV_TIMEOUT_MS,
    })
  ).jsonValue();
  // Paint timing is reported after the frame is presented; give it a moment.
  const fcpMs = await page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, {
      timeout: 2_000,
    })
    .then((h) => h.jsonValue())
    .catch(() => undefined);
  return { ...load, bannerMs: bannerMs!, fcpMs };
}

export interface WorldCount {
  url: string;
  /** In the catalogue: the banner script should run here. */
  concerned: boolean;
  /** Script worlds of the extension in the page's frames (its content script's isolated world). */
  extensionWorlds: number;
  banner: boolean;
}

/** Counts the extension's execution contexts that DevTools reports for a fresh page of `url`. */
export async function extensionWorlds(
  context: BrowserContext,
  extensionId: string,
  url: string,
  concerned: boolean,
): Promise<WorldCount> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const origins: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      if ((c.auxData as { type?: string } | undefined)?.type === 'isolated') origins.push(c.origin);
    });
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    // A content script at document_start is long there by `load`; wait a little more anyway.
    await page.waitForTimeout(300);
    return {
      url,
      concerned,
      extensionWorlds: origins.filter((o) => o === `chrome-extension://${extensionId}`).length,
      banner: (await page.locator('leitplanke-banner').count()) > 0,
    };
  } finally {
    await page.close();
  }
}

export interface HeapOptions {
  /** Wait for the banner before measuring (the extension's browser on a concerned page). */
  expectBanner?: boolean;
  /** Add an empty isolated world first: what any content script's world costs before its code runs. */
  emptyWorld?: boolean;
}

/**
 * The JS heap of the renderer showing `url` after a forced GC. One V8
 * isolate serves all worlds of a page (the page's, Playwright's utility
 * world and the content script's), so the content script's share is the
 * difference between the browser with and without the extension.
 */
export async function rendererHeap(
  context: BrowserContext,
  url: string,
  options: HeapOptions = {},
): Promise<HeapUsage> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    if (options.expectBanner)
      await page.locator('leitplanke-banner').waitFor({ state: 'attached', timeout: NAV_TIMEOUT_MS });
    if (options.emptyWorld) {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'bench-empty-world',
      });
    }
    await page.waitForTimeout(300);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { usedBytes: heap.usedSize, embedderBytes: heap.embedderHeapUsedSize };
  } finally {
    await page.close();
  }
}
