/**
 * Everything measured in real Chromium, in one run and one lock: the cost on
 * unrelated pages (A/B against a browser without the extension), when the
 * banner appears on concerned pages (warm and cold service worker), and the
 * memory the extension holds.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  type Browsers,
  type HeapUsage,
  launchBrowsers,
  serviceWorkerHeap,
  serviceWorkerRunning,
  stopServiceWorker,
} from './browsers';
import {
  type BannerTiming,
  bannerTiming,
  bannerTimingPage,
  extensionWorlds,
  type LoadTiming,
  loadOnce,
  rendererHeap,
  type WorldCount,
} from './measure';
import { startBenchSite } from './site';

export const UNRELATED_HOSTS = [
  'www.bund.de',
  'www.land.nrw',
  'de.wikipedia.org',
  'intranet.verwaltung.example',
] as const;
export const CONCERNED_HOST = 'web.whatsapp.com';

export const COUNTS = {
  /** Pairs of loads (one with, one without the extension) on unrelated pages. */
  unrelatedPairs: 60,
  concernedPairs: 20,
  warmBanner: 20,
  coldBanner: 10,
  heapSamples: 7,
  warmUp: 4,
} as const;

export interface AbLoads {
  ext: LoadTiming[];
  base: LoadTiming[];
}

export interface ColdBanner extends BannerTiming {
  /** The worker was stopped before the load and ran after it: the page's message started it. */
  restarted: boolean;
}

export interface HeapAb {
  ext: HeapUsage[];
  base: HeapUsage[];
  /** Without the extension, plus one empty isolated world. */
  baseEmptyWorld: HeapUsage[];
}

export interface BrowserResults {
  chromiumVersion: string;
  worlds: WorldCount[];
  unrelated: AbLoads;
  concerned: AbLoads;
  banner: {
    minimalWarm: BannerTiming[];
    appWarm: BannerTiming[];
    minimalCold: ColdBanner[];
    appCold: ColdBanner[];
  };
  heap: { concerned: HeapAb; unrelated: HeapAb };
  serviceWorkerHeap: { warm: HeapUsage[]; afterColdStart: HeapUsage[] };
}

const url = (host: string, path: string, i: number | string) => `https://${host}${path}?run=${i}`;
/**
 * The hosts take turns in blocks, not load by load: every change of site
 * starts a new renderer process, whose start-up varies far more than
 * anything the extension could add, on both sides alike.
 */
export const HOST_BLOCK = COUNTS.unrelatedPairs / UNRELATED_HOSTS.length;
const unrelatedUrl = (i: number) =>
  url(UNRELATED_HOSTS[Math.floor(Math.max(i, 0) / HOST_BLOCK) % UNRELATED_HOSTS.length]!, '/portal', i);

/**
 * Alternates A and B (ABBA…), so drift on a shared machine (other work,
 * thermal state, caches) hits both sides equally.
 */
async function interleavedLoads(
  pair: [Page, Page],
  pairs: number,
  urlFor: (i: number) => string,
): Promise<[LoadTiming[], LoadTiming[]]> {
  const results: [LoadTiming[], LoadTiming[]] = [[], []];
  for (let i = -COUNTS.warmUp; i < pairs; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const side of order) {
      const timing = await loadOnce(pair[side]!, urlFor(i));
      if (i >= 0) results[side]!.push(timing);
    }
  }
  return results;
}

async function abLoads(b: Browsers, pairs: number, urlFor: (i: number) => string): Promise<AbLoads> {
  const pages: [Page, Page] = [await b.ext.context.newPage(), await b.base.newPage()];
  try {
    const [ext, base] = await interleavedLoads(pages, pairs, urlFor);
    return { ext, base };
  } finally {
    await Promise.all(pages.map((p) => p.close()));
  }
}

async function warmBanner(context: BrowserContext, path: string): Promise<BannerTiming[]> {
  const page = await bannerTimingPage(context);
  try {
    const out: BannerTiming[] = [];
    for (let i = -COUNTS.warmUp; i < COUNTS.warmBanner; i++) {
      const timing = await bannerTiming(page, url(CONCERNED_HOST, path, `warm-${i}`));
      if (i >= 0) out.push(timing);
    }
    return out;
  } finally {
    await page.close();
  }
}

async function coldBanner(b: Browsers, path: string): Promise<ColdBanner[]> {
  const page = await bannerTimingPage(b.ext.context);
  try {
    const out: ColdBanner[] = [];
    for (let i = 0; i < COUNTS.coldBanner; i++) {
      await stopServiceWorker(b.cdp, b.ext.extensionId);
      const timing = await bannerTiming(page, url(CONCERNED_HOST, path, `cold-${i}`));
      out.push({ ...timing, restarted: await serviceWorkerRunning(b.cdp, b.ext.extensionId) });
    }
    return out;
  } finally {
    await page.close();
  }
}

async function heapAb(b: Browsers, host: string, expectBanner: boolean): Promise<HeapAb> {
  const result: HeapAb = { ext: [], base: [], baseEmptyWorld: [] };
  const steps = [
    (u: string) => rendererHeap(b.ext.context, u, { expectBanner }).then((h) => result.ext.push(h)),
    (u: string) => rendererHeap(b.base, u).then((h) => result.base.push(h)),
    (u: string) => rendererHeap(b.base, u, { emptyWorld: true }).then((h) => result.baseEmptyWorld.push(h)),
  ];
  for (let i = 0; i < COUNTS.heapSamples; i++) {
    // Rotate which measurement goes first, as for load times.
    for (let k = 0; k < steps.length; k++)
      await steps[(i + k) % steps.length]!(url(host, '/minimal', `heap-${i}`));
  }
  return result;
}

async function serviceWorkerHeaps(b: Browsers): Promise<BrowserResults['serviceWorkerHeap']> {
  const warm: HeapUsage[] = [];
  for (let i = 0; i < 5; i++) warm.push(await serviceWorkerHeap(b.cdp, b.ext.extensionId));
  const afterColdStart: HeapUsage[] = [];
  const page = await b.ext.context.newPage();
  try {
    for (let i = 0; i < 5; i++) {
      await stopServiceWorker(b.cdp, b.ext.extensionId);
      await page.goto(url(CONCERNED_HOST, '/minimal', `sw-heap-${i}`), { waitUntil: 'load' });
      await page.locator('leitplanke-banner').waitFor({ state: 'attached' });
      afterColdStart.push(await serviceWorkerHeap(b.cdp, b.ext.extensionId));
    }
  } finally {
    await page.close();
  }
  return { warm, afterColdStart };
}

async function allWorlds(b: Browsers): Promise<WorldCount[]> {
  const pages: Array<[string, boolean]> = [
    ...UNRELATED_HOSTS.map((h): [string, boolean] => [url(h, '/portal', 'worlds'), false]),
    [url(CONCERNED_HOST, '/minimal', 'worlds'), true],
    [url('us02web.zoom.us', '/j/123456789', 'worlds'), true],
  ];
  const out: WorldCount[] = [];
  for (const [u, concerned] of pages)
    out.push(await extensionWorlds(b.ext.context, b.ext.extensionId, u, concerned));
  return out;
}

export async function benchBrowser(log: (line: string) => void): Promise<BrowserResults> {
  const site = await startBenchSite();
  log('waiting for the browser lock, then starting Chromium with and without the extension…');
  const b = await launchBrowsers(site.port);
  try {
    log('structure: extension worlds per page');
    const worlds = await allWorlds(b);
    log(`unrelated pages: ${COUNTS.unrelatedPairs} A/B pairs`);
    const unrelated = await abLoads(b, COUNTS.unrelatedPairs, unrelatedUrl);
    log(`concerned page: ${COUNTS.concernedPairs} A/B pairs`);
    const concerned = await abLoads(b, COUNTS.concernedPairs, (i) => url(CONCERNED_HOST, '/app', `ab-${i}`));
    log('banner timing, warm service worker');
    const minimalWarm = await warmBanner(b.ext.context, '/minimal');
    const appWarm = await warmBanner(b.ext.context, '/app');
    log('banner timing, cold service worker');
    const minimalCold = await coldBanner(b, '/minimal');
    const appCold = await coldBanner(b, '/app');
    log('memory');
    const heap = {
      concerned: await heapAb(b, CONCERNED_HOST, true),
      unrelated: await heapAb(b, UNRELATED_HOSTS[0], false),
    };
    const swHeap = await serviceWorkerHeaps(b);
    return {
      chromiumVersion: b.chromiumVersion,
      worlds,
      unrelated,
      concerned,
      banner: { minimalWarm, appWarm, minimalCold, appCold },
      heap,
      serviceWorkerHeap: swHeap,
    };
  } finally {
    await b.close();
    await site.close();
  }
}
