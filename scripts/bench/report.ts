/**
 * Turns one benchmark run into docs/benchmarks.md and the summary table on
 * the console. Every figure in the document comes from the run it describes.
 */
import { BUDGETS, type BuildSizes, MEASURED_WHEN_SET } from './budgets';
import { type BannerTiming, SETTLE_MS } from './measure';
import type { AbLoads, BrowserResults, HeapAb } from './browser-bench';
import { COUNTS, CONCERNED_HOST, HOST_BLOCK, UNRELATED_HOSTS } from './browser-bench';
import type { Machine } from './machine';
import type { MatcherResult } from './matcher';
import { APP_MODEL, PORTAL_BYTES } from './site';
import { count, formatSummary, medianInterval, ratioOfMedians, type Summary, summarise } from './stats';

export interface RunResults {
  machine: Machine;
  load1: { start: number; end: number };
  durationS: number;
  sizes: BuildSizes & { zipBytes: number | undefined };
  matcher: MatcherResult[];
  browser: BrowserResults;
}

/**
 * The bench fails if the index's cost relative to one `Map.get` grows more
 * than this from the smallest to the largest catalogue: that would be work
 * that scales with the rules. A scan would grow by orders of magnitude.
 */
export const MAX_OVERHEAD_GROWTH = 3;

const ms = (s: Summary) => formatSummary(s, 1, ' ms');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const signedKib = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${kib(Math.abs(bytes))}`;
const ratio = (r: number) => `${r.toFixed(3)}×`;
const kibSummary = (s: Summary) =>
  formatSummary({ ...s, median: s.median / 1024, min: s.min / 1024, max: s.max / 1024 }, 0, ' KiB');
const group = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------
// Derived figures

interface BannerFigures {
  n: number;
  banner: Summary;
  dcl: Summary;
  fcp: Summary | undefined;
  load: Summary;
  bannerMinusDcl: Summary;
  beforeDcl: number;
  beforeFcp: number;
  withFcp: number;
  /** Issue 9's goals: host in the DOM at DOMContentLoaded, in the first contentful paint, no shift. */
  hostAtDcl: number;
  hostInFcp: number;
  shiftAfterHost: Summary;
  withoutShift: number;
  shiftOfHost: number;
  shiftTotal: Summary;
}

function bannerFigures(series: readonly BannerTiming[]): BannerFigures {
  const withFcp = series.filter((t) => t.fcpMs !== undefined);
  return {
    n: series.length,
    banner: summarise(series.map((t) => t.bannerMs)),
    dcl: summarise(series.map((t) => t.domContentLoadedMs)),
    fcp: withFcp.length ? summarise(withFcp.map((t) => t.fcpMs!)) : undefined,
    load: summarise(series.map((t) => t.loadMs)),
    bannerMinusDcl: summarise(series.map((t) => t.bannerMs - t.domContentLoadedMs)),
    beforeDcl: count(series, (t) => t.bannerMs < t.domContentLoadedMs),
    beforeFcp: count(withFcp, (t) => t.bannerMs < t.fcpMs!),
    withFcp: withFcp.length,
    hostAtDcl: count(series, (t) => t.hostAtDcl),
    hostInFcp: count(withFcp, (t) => t.hostInFcp === true),
    shiftAfterHost: summarise(series.map((t) => t.shiftAfterHost)),
    withoutShift: count(series, (t) => t.shiftAfterHost === 0),
    shiftOfHost: series.reduce((total, t) => total + t.shiftOfHost, 0),
    shiftTotal: summarise(series.map((t) => t.shiftTotal)),
  };
}

const percent = (k: number, n: number) => (n === 0 ? '–' : `${Math.round((100 * k) / n)} % (${k}/${n})`);
const shift = (s: Summary) => formatSummary(s, 4);

/** "in all 20", "in none of the 20", "in 8 of 10". */
function share(k: number, n: number): string {
  if (k === n) return `in all ${n}`;
  if (k === 0) return `in none of the ${n}`;
  return `in ${k} of ${n}`;
}

function abFigures(ab: AbLoads, pick: (t: { loadMs: number; domContentLoadedMs: number }) => number) {
  const ext = summarise(ab.ext.map(pick));
  const base = summarise(ab.base.map(pick));
  // Each load with the extension against the load without it that ran next to it.
  const ratios = ab.ext.map((t, i) => pick(t) / pick(ab.base[i]!));
  return {
    ext,
    base,
    ratio: ratioOfMedians(ext, base),
    paired: summarise(ratios),
    interval: medianInterval(ratios),
  };
}

function heapDifference(ab: HeapAb) {
  const ext = summarise(ab.ext.map((h) => h.usedBytes));
  const base = summarise(ab.base.map((h) => h.usedBytes));
  const extDom = summarise(ab.ext.map((h) => h.embedderBytes));
  const baseDom = summarise(ab.base.map((h) => h.embedderBytes));
  const emptyWorld = summarise(ab.baseEmptyWorld.map((h) => h.usedBytes));
  return {
    ext,
    base,
    js: ext.median - base.median,
    extDom,
    baseDom,
    dom: extDom.median - baseDom.median,
    emptyWorld,
    anyWorld: emptyWorld.median - base.median,
  };
}

/** Growth of each cost from the smallest to the largest catalogue; `overhead` is index ÷ one Map.get. */
export function matcherGrowth(matcher: readonly MatcherResult[]) {
  const first = matcher[0]!;
  const last = matcher[matcher.length - 1]!;
  const overhead = (m: MatcherResult) => m.index.median / m.floor.median;
  return {
    index: last.index.median / first.index.median,
    floor: last.floor.median / first.floor.median,
    naive: last.naive.median / first.naive.median,
    overhead: overhead(last) / overhead(first),
  };
}

// ---------------------------------------------------------------------------
// Summary (console and document)

export function summaryRows(r: RunResults): string[][] {
  const u = abFigures(r.browser.unrelated, (t) => t.loadMs);
  const c = abFigures(r.browser.concerned, (t) => t.loadMs);
  const unrelatedWorlds = r.browser.worlds.filter((w) => !w.concerned);
  const minimal = bannerFigures(r.browser.banner.minimalWarm);
  const app = bannerFigures(r.browser.banner.appWarm);
  const appCold = bannerFigures(r.browser.banner.appCold);
  const minimalCold = bannerFigures(r.browser.banner.minimalCold);
  const heap = heapDifference(r.browser.heap.concerned);
  const sw = summarise(r.browser.serviceWorkerHeap.warm.map((h) => h.usedBytes));
  const biggest = r.matcher[r.matcher.length - 1]!;
  const growth = matcherGrowth(r.matcher);
  return [
    [
      'Unrelated page load, with / without extension',
      `${ms(u.ext)} / ${ms(u.base)}`,
      `${ratio(u.ratio)}; per pair ${ratio(u.paired.median)}, 95 % interval ${u.interval[0].toFixed(2)}–${u.interval[1].toFixed(2)}`,
    ],
    [
      'Extension script worlds on unrelated pages',
      `${unrelatedWorlds.reduce((n, w) => n + w.extensionWorlds, 0)} on ${unrelatedWorlds.length} pages`,
      'must be 0',
    ],
    [
      'Concerned page (app model) load, with / without',
      `${ms(c.ext)} / ${ms(c.base)}`,
      `${ratio(c.ratio)}; per pair ${ratio(c.paired.median)}, 95 % interval ${c.interval[0].toFixed(2)}–${c.interval[1].toFixed(2)}`,
    ],
    [
      'Banner in DOM, app model, warm worker',
      ms(app.banner),
      `before DCL ${app.beforeDcl}/${app.n}, before FCP ${app.beforeFcp}/${app.withFcp}`,
    ],
    [
      'Banner in DOM, app model, cold worker',
      ms(appCold.banner),
      `before DCL ${appCold.beforeDcl}/${appCold.n}, before FCP ${appCold.beforeFcp}/${appCold.withFcp}`,
    ],
    [
      'Banner in DOM, minimal page, warm worker',
      ms(minimal.banner),
      `before DCL ${minimal.beforeDcl}/${minimal.n}, before FCP ${minimal.beforeFcp}/${minimal.withFcp}`,
    ],
    ...(
      [
        ['minimal page, warm', minimal],
        ['minimal page, cold', minimalCold],
        ['app model, warm', app],
        ['app model, cold', appCold],
      ] as const
    ).map(([label, f]) => [
      `Notice host at DCL / in first paint / shift, ${label}`,
      `${percent(f.hostAtDcl, f.n)} / ${percent(f.hostInFcp, f.withFcp)}`,
      `layout shift after insertion ${shift(f.shiftAfterHost)}; goal 100 % / ≥ 95 % / 0`,
    ]),
    [
      `Matcher, ${group(biggest.rules)} rules: index / naive`,
      `${biggest.index.median.toFixed(0)} ns / ${group(biggest.naive.median)} ns per lookup`,
      `${group(biggest.naive.median / biggest.index.median)}× faster`,
    ],
    [
      'Matcher cost growth, 10 → 100 000 rules',
      `index ${growth.index.toFixed(1)}×, one Map.get ${growth.floor.toFixed(1)}×, naive ${group(growth.naive)}×`,
      `index ÷ Map.get ${growth.overhead.toFixed(2)}× (limit ${MAX_OVERHEAD_GROWTH}×)`,
    ],
    [
      'Content script (minified)',
      `${kb(r.sizes.contentScriptBytes)} (gzip ${kb(r.sizes.contentScriptGzipBytes)})`,
      `budget ${kb(BUDGETS.contentScriptBytes)}`,
    ],
    [
      'Package (sum of files)',
      `${kb(r.sizes.packageBytes)}${r.sizes.zipBytes ? ` (zip ${kb(r.sizes.zipBytes)})` : ''}`,
      `budget ${kb(BUDGETS.packageBytes)}`,
    ],
    [
      'Content script JS heap (renderer, with − without)',
      signedKib(heap.js),
      `an empty isolated world: ${signedKib(heap.anyWorld)}`,
    ],
    ['Service worker JS heap (warm, after GC)', kibSummary(sw), 'stopped after 30 s idle'],
  ];
}

export function consoleSummary(r: RunResults): string {
  const rows = [['Figure', 'Median (range)', 'Against'], ...summaryRows(r)];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  return rows.map((row) => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ')).join('\n');
}

// ---------------------------------------------------------------------------
// The document

function machineSection(r: RunResults): string {
  const m = r.machine;
  return `## Machine

${table(
  ['', ''],
  [
    ['CPU', `${m.cpu}, ${m.cores} cores`],
    ['RAM', `${m.ramGiB} GiB`],
    ['OS', m.os],
    ['Browser', `Chromium ${m.chromium} (Debian), headless, driven by playwright-core ${m.playwright}`],
    ['Node', m.node],
    ['Extension build', `WXT ${m.wxt}, production build in \`.output-bench/chrome-mv3\``],
    ['Date', m.date],
    ['Load average (1 min) at start / end', `${r.load1.start.toFixed(2)} / ${r.load1.end.toFixed(2)}`],
    ['Run time', `${r.durationS.toFixed(0)} s`],
  ],
)}

The machine is shared with other work (tests, builds): the load average shows how much. Ratios
against a baseline measured in the same run, interleaved, are robust to that; absolute
milliseconds are not, and a faster desktop shows smaller ones.`;
}

function unrelatedSection(r: RunResults): string {
  const { unrelated, worlds } = r.browser;
  const row = (name: string, pick: (t: { loadMs: number; domContentLoadedMs: number }) => number) => {
    const f = abFigures(unrelated, pick);
    return [
      name,
      ms(f.ext),
      ms(f.base),
      ratio(f.ratio),
      formatSummary(f.paired, 3, '×'),
      `${f.interval[0].toFixed(3)}–${f.interval[1].toFixed(3)}`,
    ];
  };
  return `## 1. Unrelated pages: zero cost

Two Chromium instances run side by side with identical flags and fresh profiles; only one has the
extension. One tab in each loads the same unrelated page, alternating A, B, B, A, … ${COUNTS.unrelatedPairs}
times each (after ${COUNTS.warmUp} warm-up loads each), ${HOST_BLOCK} loads on each of ${UNRELATED_HOSTS.map((h) => `\`${h}\``).join(', ')}
(in blocks: every change of site starts a new renderer process, whose start-up varies far more than
anything an extension could add).
The page is an authority-portal-like document of ${kb(PORTAL_BYTES)} (inline CSS, 20 kB of links,
paragraphs), served by the local HTTPS server without delay, so any per-page cost of the extension
would show up as a large share. Times are the page's own Navigation Timing, from navigation start.
The per-pair ratio divides each load with the extension by the load without it that ran next to it,
which cancels most of the drift of a shared machine; its median is the most robust figure here,
and its 95 % interval (bootstrap, 2 000 resamples) says how far that median could move with
another run's noise: where it contains 1.000 the extension's cost is below what this machine can
resolve.

${table(
  [
    'Per load',
    'With extension, median (range)',
    'Without',
    'Ratio of medians',
    'Ratio per A/B pair, median (range)',
    '95 % interval of that median',
  ],
  [row('Load event end', (t) => t.loadMs), row('DOMContentLoaded', (t) => t.domContentLoadedMs)],
)}

**Structure.** DevTools reports every JavaScript world created in a page
(\`Runtime.executionContextCreated\`). The extension's content script runs in an *isolated* world whose
origin is \`chrome-extension://<id>\`; Playwright's own utility world is isolated too and is not
counted. With the extension loaded:

${table(
  ['Page', 'Extension worlds', 'Banner'],
  worlds.map((w) => [`\`${w.url}\``, String(w.extensionWorlds), w.banner ? 'yes' : 'no']),
)}

On an unrelated page the extension has no world at all: no script is parsed, compiled or run, and
no memory is used in the page. What remains is the browser matching the URL against the
manifest's ${'`*://*.<host>/*`'} patterns, which the ratio above includes. \`tests/unit/manifest.test.ts\`
keeps this structural: no catch-all pattern, every pattern a catalogue host.`;
}

function bannerRows(label: string, f: BannerFigures): string[] {
  return [
    label,
    ms(f.banner),
    ms(f.dcl),
    f.fcp ? ms(f.fcp) : 'not reported',
    ms(f.bannerMinusDcl),
    `${f.beforeDcl}/${f.n}`,
    f.withFcp ? `${f.beforeFcp}/${f.withFcp}` : '–',
  ];
}

/** One sentence per series, from the figures: where the banner stood against the page's own milestones. */
function bannerFinding(label: string, f: BannerFigures): string {
  const fcp = f.withFcp ? `, before first contentful paint ${share(f.beforeFcp, f.withFcp)}` : '';
  return `- ${label}: banner in the DOM at ${f.banner.median.toFixed(0)} ms (median), before DOMContentLoaded ${share(f.beforeDcl, f.n)} loads${fcp}; median distance to DOMContentLoaded ${formatSummary(f.bannerMinusDcl, 0, ' ms')}.`;
}

function bannerSection(r: RunResults): string {
  const b = r.browser.banner;
  const coldLoads = [...b.minimalCold, ...b.appCold];
  const c = abFigures(r.browser.concerned, (t) => t.loadMs);
  const series: Array<[string, BannerFigures]> = [
    ['App model, warm worker', bannerFigures(b.appWarm)],
    ['App model, cold worker', bannerFigures(b.appCold)],
    ['Minimal page, warm worker', bannerFigures(b.minimalWarm)],
    ['Minimal page, cold worker', bannerFigures(b.minimalCold)],
  ];
  const warmApp = series[0]![1];
  const coldApp = series[1]![1];
  const minimal = series[2]![1];
  return `## 2. Concerned pages: banner before first use

At \`document_start\`, in its first task and before any \`await\`, the content script inserts
\`<leitplanke-banner>\` with its strip's height reserved, so the page lays out around it from
the first frame. Then it reads the page snapshot from \`storage.local\` — what the background
computed for every catalogued part, so no service worker has to run for it — and fills the notice
in; in parallel it asks the service worker (\`{type:'resolve', url}\`), whose answer, which alone
knows this tab's dismissals, confirms or replaces it. A script added with
\`page.addInitScript\` watches \`<html>\`'s children with a \`MutationObserver\` and records
\`performance.now()\` when the banner is inserted — the page's own clock, whose zero is navigation
start, like Navigation and Paint Timing. Two page models on \`${CONCERNED_HOST}\`:

- **App model** (\`/app\`): WhatsApp Web ships a large HTML document and a big parser-blocking
  application bundle. Modelled as ${kb(APP_MODEL.htmlBytes)} of HTML (inline CSS, ~1 900 list items)
  streamed in ${kb(APP_MODEL.chunkBytes)} chunks every ${APP_MODEL.chunkIntervalMs} ms (≈ ${Math.round((APP_MODEL.chunkBytes * 8) / APP_MODEL.chunkIntervalMs / 1000)} Mbit/s, an office link),
  with a ${kb(APP_MODEL.scriptBytes)} parser-blocking \`<script>\` in \`<head>\` that the server answers
  after ${APP_MODEL.scriptDelayMs} ms (round trip and download of the bundle). No server think time before the
  first byte. It is a model, not a recording of WhatsApp: the real app is larger and slower, which
  only gives the banner more time.
- **Minimal page** (\`/minimal\`): the e2e suite's 0.6 kB page, answered at once by a local server.
  No real site is this fast; it is the worst case for the banner.

*Warm*: the service worker is running (${COUNTS.warmBanner} loads after ${COUNTS.warmUp} warm-up loads). *Cold*: before each of
${COUNTS.coldBanner} loads the worker is stopped (its DevTools target closed; Chromium itself stops it after 30 s
without events, so the first catalogued page after a pause meets a cold worker;
\`ServiceWorker.stopAllWorkers\` does not reach extension workers). The page's message then has to
start the worker, which evaluates \`background.js\` and builds its policy before it answers; the
banner from the snapshot does not wait for that. The worker was stopped before, and running again
after, ${count(coldLoads, (l) => l.restarted)} of ${coldLoads.length} cold loads.

${table(
  [
    'Series',
    'Banner in DOM',
    'DOMContentLoaded',
    'First contentful paint',
    'Banner − DCL',
    'Banner before DCL',
    'Banner before FCP',
  ],
  series.map(([label, f]) => bannerRows(label, f)),
)}

All times: median (range) in ms from navigation start; "before FCP" compares the insertion time with
the paint's timestamp (whether that very frame contains the banner is not observable from the page).

${series.map(([label, f]) => bannerFinding(label, f)).join('\n')}

Load time of the app model with and without the extension (A/B interleaved, ${COUNTS.concernedPairs} pairs):
${ms(c.ext)} with, ${ms(c.base)} without; ratio of medians ${ratio(c.ratio)}, per pair ${formatSummary(c.paired, 3, '×')},
95 % interval of the per-pair median ${c.interval[0].toFixed(3)}–${c.interval[1].toFixed(3)}.

**Reading it.** The host is inserted synchronously when the browser runs the content script,
which at \`document_start\` is before the parser goes on, so it is in the document before
DOMContentLoaded wherever the browser runs the script at that point: ${share(minimal.beforeDcl, minimal.n)} warm
loads of the minimal page (median distance to DOMContentLoaded ${minimal.bannerMinusDcl.median.toFixed(0)} ms) and
${share(warmApp.beforeDcl, warmApp.n)} warm app-model loads. What takes longer is the content: the snapshot read
travels through the browser process, whose UI thread right after a commit is busy with it (and here
also serves DevTools for Playwright). It fills the strip already reserved, so it moves nothing
(section 2a). A stopped worker changes the insertion by
${(coldApp.banner.median - warmApp.banner.median).toFixed(0)} ms at the median on the app model: the worker's
start-up is not on the notice's path.`;
}

function inPlaceRows(label: string, f: BannerFigures): string[] {
  return [
    label,
    percent(f.hostAtDcl, f.n),
    percent(f.hostInFcp, f.withFcp),
    shift(f.shiftAfterHost),
    `${f.withoutShift}/${f.n}`,
    f.shiftOfHost === 0 ? '0' : f.shiftOfHost.toFixed(4),
    shift(f.shiftTotal),
  ];
}

/** Issue 9, item 3: is the notice in place before the page paints, and does it ever push the page? */
function inPlaceSection(r: RunResults): string {
  const b = r.browser.banner;
  const series: Array<[string, BannerFigures]> = [
    ['Minimal page, warm worker', bannerFigures(b.minimalWarm)],
    ['Minimal page, cold worker', bannerFigures(b.minimalCold)],
    ['App model, warm worker', bannerFigures(b.appWarm)],
    ['App model, cold worker', bannerFigures(b.appCold)],
  ];
  const all = series.map(([, f]) => f);
  const met = {
    dcl: all.every((f) => f.hostAtDcl === f.n),
    fcp: all.every((f) => f.withFcp > 0 && f.hostInFcp >= 0.95 * f.withFcp),
    shift: all.every((f) => f.withoutShift === f.n),
  };
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  return `## 2a. In place before the page paints

The same loads as above (same pages, same warm and cold worker), measured against the goals of
issue 9: the notice's host element in the DOM before DOMContentLoaded on every load, its pixels in
the first contentful paint on at least 95 %, and no layout shift caused by the notice after first
paint, also when its content fills in. The page's init script records three things in the page:

- **Host at DCL**: a capturing \`DOMContentLoaded\` listener, added before any page script, looks
  for \`<leitplanke-banner>\` when the event is dispatched.
- **Host in first paint**: a \`requestAnimationFrame\` callback samples the host's box once per
  rendering frame until first contentful paint. Such a callback runs right before the frame's
  style, layout and paint, so the last sample that began at or before the FCP entry's
  \`paintTime\` (its \`startTime\` where the browser has no \`paintTime\`) is the DOM that
  paint rendered. It counts when the host was there with a non-zero area; it does not look inside
  the host (its shadow root may be closed), so a reserved but still empty strip counts.
- **Layout shift**: every \`layout-shift\` entry (Layout Instability API,
  \`PerformanceObserver\` with \`buffered: true\`) up to ${SETTLE_MS} ms after the host's insertion.
  Counted for the notice: entries without recent input that start at or after its insertion
  (shifts before first paint are not reported at all); of these, the column "of the host itself"
  has the entries whose shifted nodes are the host or inside it. "All shifts" is every entry of
  the load, the page's own included.

${table(
  [
    'Series',
    'Host at DCL',
    'Host in first paint',
    'Shift after insertion (sum per load)',
    'Loads without shift',
    'Of the host itself (sum)',
    'All shifts (sum per load)',
  ],
  series.map(([label, f]) => inPlaceRows(label, f)),
)}

Goals in this run: host before DOMContentLoaded on 100 %: ${verdict(met.dcl)}; in first paint on ≥ 95 %:
${verdict(met.fcp)}; no layout shift after first paint: ${verdict(met.shift)}.`;
}

function matcherSection(r: RunResults): string {
  const growth = matcherGrowth(r.matcher);
  const realistic = r.matcher.find((m) => m.rules === 1_000);
  const biggest = r.matcher[r.matcher.length - 1]!;
  const rows = r.matcher.map((m) => [
    group(m.rules),
    `${m.buildMs.toFixed(1)} ms`,
    formatSummary(m.index, 0),
    group(1e9 / m.index.median),
    formatSummary(m.floor, 0),
    `${(m.index.median / m.floor.median).toFixed(1)}×`,
    formatSummary(m.naive, 0),
    group(1e9 / m.naive.median),
    `${group(m.naive.median / m.index.median)}×`,
  ]);
  return `## 3. Matcher

\`core/matching/host-index.ts\` (\`buildHostIndex\`) on generated catalogues — one tool per rule host, half of
them registrable domains (\`xk3f7.de\`), half subdomains (\`app.xk3f7.de\`) — against a naive
implementation in the same process: test every rule with \`host === rule || host.endsWith('.' + rule)\`
and keep the longest match. Both answer the same 4 096 lookups (half hits, sometimes below the rule
host, half unrelated hosts of 2–4 labels) and must agree on every one before they are timed. For
scale, a third column times a single \`Map.get\` per lookup in a \`Map\` of the same size (a ready
key, no label walking): the least any hash-based index can cost. Each figure is ns per lookup,
median (range) over 11 rounds of ≥ 40 ms; the rounds of all sizes and all three are interleaved,
so other work on the machine slows them alike.

${table(['Rules', 'Index build', 'Index ns/lookup', 'Index lookups/s', 'One Map.get ns', 'Index ÷ Map.get', 'Naive ns/lookup', 'Naive lookups/s', 'Naive ÷ index'], rows)}

From 10 to 100 000 rules the index's cost per lookup grew ${growth.index.toFixed(1)}×, a single \`Map.get\`'s
${growth.floor.toFixed(1)}× and the naive scan's ${group(growth.naive)}×. The index walks the labels of the visited host
and asks its \`Map\` once per label: its work does not depend on the number of rules, and its cost
relative to one \`Map.get\` changed ${growth.overhead.toFixed(2)}× over that range. What grows is the price of touching
memory: with ${group(biggest.rules)} rules the table, its keys and the tools (about ${biggest.heapMB.toFixed(0)} MB of generated objects
here) no longer fit in the CPU caches, and on a shared machine other processes evict them too.
The bench fails if the index's cost relative to one \`Map.get\` grows more than ${MAX_OVERHEAD_GROWTH}×; a scan would grow
thousands of times. In the realistic range — the catalogue's tens of hosts plus an organisation's
hundreds of own rules — ${realistic ? `a lookup costs ${realistic.index.median.toFixed(0)} ns at 1 000 rules` : 'a lookup costs well under a microsecond'}, once per
page load of a catalogued site, in the service worker.`;
}

function sizeSection(r: RunResults): string {
  const s = r.sizes;
  const headroom = (budget: number, measured: number) => `${((budget / measured - 1) * 100).toFixed(0)} %`;
  return `## 4. Size

${table(
  ['', 'Measured', 'Budget', 'Headroom'],
  [
    [
      'Content script `content-scripts/banner.js`, minified',
      `${group(s.contentScriptBytes)} B (gzip ${group(s.contentScriptGzipBytes)} B)`,
      `${group(BUDGETS.contentScriptBytes)} B`,
      headroom(BUDGETS.contentScriptBytes, s.contentScriptBytes),
    ],
    [
      `Package \`chrome-mv3\`, sum of ${s.packageFiles} files`,
      `${group(s.packageBytes)} B`,
      `${group(BUDGETS.packageBytes)} B`,
      headroom(BUDGETS.packageBytes, s.packageBytes),
    ],
    [
      'Package as zip (`zip -r`, deflate)',
      s.zipBytes ? `${group(s.zipBytes)} B` : 'zip not installed',
      '–',
      '–',
    ],
  ],
)}

The budgets live in \`scripts/bench/budgets.ts\` and are enforced by \`tests/unit/bundle-budget.test.ts\`
(part of \`npm test\`, after the build; a missing build fails the test). The same test checks that
the content script contains no zod (\`ZodError\`, \`$ZodType\`) and none of the catalogue's quotes,
while the rest of the package does: pages carry no parser and no catalogue. The budgets were set
about 30 % above the sizes measured when they were introduced (${group(MEASURED_WHEN_SET.contentScriptBytes)} B and ${group(MEASURED_WHEN_SET.packageBytes)} B):
room for features, not for a new dependency (zod would add tens of kB).

What the bytes are: about 10 kB of the content script is \`webextension-polyfill\`; the rest is the
banner's code, its styles and its texts in both languages (\`core/notice/banner-text.ts\`, kept apart from
the pages' texts so that catalogued pages do not carry those). The package holds the compiled
catalogue twice (in \`background.js\` and in the chunk the extension pages share), so each new tool
adds to it twice.
Raise a budget only with a reason in the commit.`;
}

function memorySection(r: RunResults): string {
  const c = heapDifference(r.browser.heap.concerned);
  const u = heapDifference(r.browser.heap.unrelated);
  const swWarm = summarise(r.browser.serviceWorkerHeap.warm.map((h) => h.usedBytes));
  const swCold = summarise(r.browser.serviceWorkerHeap.afterColdStart.map((h) => h.usedBytes));
  return `## 5. Memory

**Content script.** All worlds of a page share one V8 isolate, so \`Runtime.getHeapUsage\` on the
page's DevTools session reports the page's, Playwright's and the content script's heap together;
per-world figures are not available. The content script's share is the difference between the two
browsers on the same page: the minimal page, ${COUNTS.heapSamples} fresh tabs per series, in rotating order, each
measured after a forced GC (\`HeapProfiler.collectGarbage\`). For scale, the third series adds an
empty isolated world (\`Page.createIsolatedWorld\`) to the page without the extension: what any
content script costs before its first line runs.

${table(
  [
    'Page',
    'JS heap with extension',
    'Without',
    'Without + empty world',
    'Difference of medians (JS)',
    'Difference (DOM / Oilpan heap)',
  ],
  [
    [
      `\`${CONCERNED_HOST}\` (banner shown)`,
      kibSummary(c.ext),
      kibSummary(c.base),
      kibSummary(c.emptyWorld),
      signedKib(c.js),
      signedKib(c.dom),
    ],
    [
      `\`${UNRELATED_HOSTS[0]}\` (unrelated)`,
      kibSummary(u.ext),
      kibSummary(u.base),
      kibSummary(u.emptyWorld),
      signedKib(u.js),
      signedKib(u.dom),
    ],
  ],
)}

After a forced GC the same page has the same heap, so each range collapses to one value. On the
concerned page the difference is the content script's world — ${signedKib(c.anyWorld)} for a world as such, the
rest its code, the polyfill, the texts, the banner's model and the extension API bindings Chromium
installs in the world (not separable from outside) — plus the banner's DOM in the Oilpan heap. On
the unrelated page the extension adds nothing: there is no world to hold anything.

**Service worker.** Playwright offers no DevTools session for workers; the benchmark attaches to the
worker's target from a browser-level session (\`Target.attachToTarget\` +
\`Target.sendMessageToTarget\`), forces a GC and reads \`Runtime.getHeapUsage\`:

${table(
  ['State', 'JS heap after GC, median (range)', 'Samples'],
  [
    ['Warm (after all page loads above)', kibSummary(swWarm), String(swWarm.n)],
    ['Right after a cold start and one banner', kibSummary(swCold), String(swCold.n)],
  ],
)}

This is the worker's own isolate: the compiled catalogue, the host index, zod's schemas and the code.
Chromium stops the worker after 30 s without events, so between uses it holds nothing. Not measured:
the process-level overhead of the worker (it lives in the extension's process, which DevTools does
not break down) and native memory outside the V8 and Oilpan heaps.`;
}

export function renderReport(r: RunResults): string {
  return `# Performance benchmarks

Generated by \`npm run bench\` (\`scripts/bench.ts\`) — do not edit by hand, run it again. Every
figure is a median with its range (min–max), and every ratio is against a baseline measured in the
same run. Nothing leaves the machine: all hostnames resolve to a local HTTPS test server.

## Summary

${table(['Figure', 'Median (range)', 'Against'], summaryRows(r))}

${machineSection(r)}

${unrelatedSection(r)}

${bannerSection(r)}

${inPlaceSection(r)}

${matcherSection(r)}

${sizeSection(r)}

${memorySection(r)}
`;
}
