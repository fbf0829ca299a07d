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
  /** The host element was in the document when DOMContentLoaded was dispatched. */
  hostAtDcl: boolean;
  /**
   * The frame that first contentful paint painted held the host with a non-zero size:
   * the last rendering frame (requestAnimationFrame) that began at or before the FCP's
   * paint time. Undefined when no FCP was reported.
   */
  hostInFcp: boolean | undefined;
  /** Layout Instability API: shifts after the host's insertion (without recent input), summed. */
  shiftAfterHost: number;
  /** …of which entries whose shifted nodes include the host or its content. */
  shiftOfHost: number;
  /** Every shift the page reported during the load and the settle time after it. */
  shiftTotal: number;
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
 * (not the whole subtree) sees it without slowing the parser down; a host
 * that is already there when this script runs (a content script that ran
 * first) counts from now. Also records: whether the host is in the document
 * when DOMContentLoaded is dispatched (a capturing listener added before any
 * page script), one sample per rendering frame until first contentful paint
 * (requestAnimationFrame runs right before the frame's style, layout and
 * paint, so the last sample that began at or before FCP's paint time is the
 * state FCP painted), and every layout-shift entry. Plain JavaScript source:
 * tsx would wrap named functions in a helper that does not exist in the page.
 */
const WATCH_FOR_BANNER = `(() => {
  const w = window;
  const host = () => document.querySelector('leitplanke-banner');
  w.__lpFrames = [];
  w.__lpShifts = [];
  const mark = () => { if (w.__lpBannerAt === undefined) w.__lpBannerAt = performance.now(); };
  const watch = (root) => {
    if (host()) return mark();
    new MutationObserver((records, observer) => {
      if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'LEITPLANKE-BANNER'))) return;
      mark();
      observer.disconnect();
    }).observe(root, { childList: true });
  };
  if (document.documentElement) watch(document.documentElement);
  else new MutationObserver((_, observer) => {
    if (!document.documentElement) return;
    observer.disconnect();
    watch(document.documentElement);
  }).observe(document, { childList: true });
  document.addEventListener('DOMContentLoaded', () => { w.__lpHostAtDcl = Boolean(host()); }, { capture: true, once: true });
  const sample = (t) => {
    const h = host();
    const box = h ? h.getBoundingClientRect() : undefined;
    w.__lpFrames.push([t, box ? box.width * box.height : 0]);
    if (!w.__lpFcp && w.__lpFrames.length < 2000) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-contentful-paint') w.__lpFcp = [e.startTime, e.paintTime ?? e.startTime];
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const h = host();
      const ofHost = (e.sources || []).some((s) => s.node && h && (s.node === h || h.contains(s.node)));
      w.__lpShifts.push([e.startTime, e.value, e.hadRecentInput ? 1 : 0, ofHost ? 1 : 0]);
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/** After the banner appears: time for its content to fill in, and for any shift that causes to be reported. */
export const SETTLE_MS = 500;

/** A tab that timestamps the banner on every document it loads. */
export async function bannerTimingPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: WATCH_FOR_BANNER });
  return page;
}

interface PageRecord {
  bannerAt: number;
  hostAtDcl: boolean;
  fcp: [number, number] | undefined;
  frames: Array<[number, number]>;
  shifts: Array<[number, number, number, number]>;
}

/** The state of the frame that first contentful paint painted: was the host there, with a size? */
export function hostInFirstPaint(
  frames: ReadonlyArray<readonly [number, number]>,
  paintTime: number,
): boolean | undefined {
  const painted = frames.filter(([t]) => t <= paintTime).at(-1);
  return painted === undefined ? undefined : painted[1] > 0;
}

export async function bannerTiming(page: Page, url: string): Promise<BannerTiming> {
  const load = await loadOnce(page, url);
  await page.waitForFunction(() => (window as unknown as { __lpBannerAt?: number }).__lpBannerAt, null, {
    timeout: NAV_TIMEOUT_MS,
  });
  // Paint timing is reported after the frame is presented; give it a moment.
  await page
    .waitForFunction(() => (window as unknown as { __lpFcp?: unknown }).__lpFcp, null, { timeout: 2_000 })
    .catch(() => undefined);
  await page.waitForFunction(
    (settle) => performance.now() > (window as unknown as { __lpBannerAt: number }).__lpBannerAt + settle,
    SETTLE_MS,
    { timeout: NAV_TIMEOUT_MS },
  );
  const record = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      bannerAt: w.__lpBannerAt,
      hostAtDcl: w.__lpHostAtDcl === true,
      fcp: w.__lpFcp,
      frames: w.__lpFrames,
      shifts: w.__lpShifts,
    } as PageRecord;
  });
  const counted = record.shifts.filter(([t, , recentInput]) => recentInput === 0 && t >= record.bannerAt);
  const sum = (entries: PageRecord['shifts']) => entries.reduce((total, [, value]) => total + value, 0);
  return {
    ...load,
    bannerMs: record.bannerAt,
    fcpMs: record.fcp?.[0],
    hostAtDcl: record.hostAtDcl,
    hostInFcp: record.fcp ? hostInFirstPaint(record.frames, record.fcp[1]) : undefined,
    shiftAfterHost: sum(counted),
    shiftOfHost: sum(counted.filter(([, , , ofHost]) => ofHost === 1)),
    shiftTotal: sum(record.shifts),
  };
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
