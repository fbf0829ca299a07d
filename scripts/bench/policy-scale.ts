/**
 * The largest policy the schema allows (1 000 own rules × 100 hosts), as
 * real machine policy (Chromium) and policies.json (Firefox ESR): time from
 * the extension's start to the policy in effect (managed storage read,
 * redirect rules and banner script registered), the browser rules it takes,
 * and in Chromium the service worker's heap with it — in block and in inform
 * mode. Proves on the way that the last host of the last rule is enforced.
 */
import type { CDPSession } from 'playwright-core';
import { withConfiguredSettings } from '../../core/settings/configured-settings';
import type { BlockEnforcement } from '../../core/matching/block-enforcement';
import { orgRules } from '../../tests/e2e/support/org-rules';
import { type HeapUsage, serviceWorkerHeap } from './browsers';

export const SCALE = { rules: 1000, hostsPerRule: 100 };

export interface PolicyScaleResult {
  browser: 'Chromium' | 'Firefox ESR';
  mode: 'block' | 'inform';
  rules: number;
  hostsPerRule: number;
  /** The extension's start (Chromium: its service worker, with the browser; Firefox: its background page) until the policy is in effect. */
  startToEffectMs: number;
  dnrRules: number;
  enforcement: BlockEnforcement | undefined;
  contentScriptPatterns: number;
  lastHostEnforced: boolean;
  /** Chromium only: Firefox offers no heap reading of the background page here. */
  serviceWorkerHeap: HeapUsage | undefined;
}

function policy(mode: 'block' | 'inform') {
  return withConfiguredSettings({ mode, extraRules: orgRules(SCALE.rules, SCALE.hostsPerRule) });
}

async function poll<T>(fn: () => Promise<T | undefined>, what: string, timeoutMs = 120_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`bench: ${what} did not happen in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const LAST_TOOL = `org-tool-${SCALE.rules - 1}`;
const LAST_HOST = `h${SCALE.hostsPerRule - 1}.${LAST_TOOL}.example`;

/** Whether `check` comes true within 10 s. */
const within10s = (check: () => Promise<boolean>, what: string) =>
  poll(async () => ((await check()) ? true : undefined), what, 10_000).catch(() => false);

interface AppliedState {
  enforcement: BlockEnforcement;
  dnrRules: number;
  patterns: number;
  sinceStart: number;
}

/**
 * What the extension has in effect, read in its own context (Chromium's service worker, or an
 * extension page in Firefox); undefined until the policy is applied. Sent to the browser as
 * source, so it uses nothing from this module. `clock`: whose start the time counts from — the
 * worker itself, which starts with the browser (so the wait for the machine-wide browser lock is
 * not in it), or Firefox's background page, which starts with the add-on.
 */
const appliedState = async ({ wantRules, clock }: { wantRules: boolean; clock: 'self' | 'background' }) => {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const session = await api.storage.session.get(['blockEnforcement', 'appliedPolicy']);
  const rules = await api.declarativeNetRequest.getDynamicRules();
  const scripts = await api.scripting.getRegisteredContentScripts();
  if (!session.appliedPolicy || !session.blockEnforcement || (wantRules && rules.length === 0))
    return undefined;
  const background =
    clock === 'background'
      ? (api.extension.getBackgroundPage() as unknown as { performance: Performance } | null)
      : null;
  return {
    enforcement: session.blockEnforcement as BlockEnforcement,
    dnrRules: rules.length,
    patterns: scripts.reduce((n, script) => n + (script.matches?.length ?? 0), 0),
    sinceStart: (background?.performance ?? performance).now(),
  } satisfies AppliedState;
};

function result(
  browser: PolicyScaleResult['browser'],
  mode: PolicyScaleResult['mode'],
  state: AppliedState,
  lastHostEnforced: boolean,
  serviceWorkerHeap: HeapUsage | undefined,
): PolicyScaleResult {
  return {
    browser,
    mode,
    ...SCALE,
    startToEffectMs: state.sinceStart,
    dnrRules: state.dnrRules,
    enforcement: state.enforcement,
    contentScriptPatterns: state.patterns,
    lastHostEnforced,
    serviceWorkerHeap,
  };
}

export async function benchPolicyScale(
  port: number,
  log: (line: string) => void,
): Promise<PolicyScaleResult[]> {
  // Imported late: the launcher reads LEITPLANKE_OUTPUT_DIR when it loads.
  const { launchWithExtension, notice } = await import('../../tests/e2e/support/extension-browser');
  const results: PolicyScaleResult[] = [];
  for (const mode of ['block', 'inform'] as const) {
    log(`policy scale: ${SCALE.rules} rules × ${SCALE.hostsPerRule} hosts, ${mode} mode …`);
    const b = await launchWithExtension(port, {
      managedPolicy: policy(mode),
      managedPolicyTimeoutMs: 180_000,
    });
    try {
      const state = await poll(
        () => b.worker.evaluate(appliedState, { wantRules: mode === 'block', clock: 'self' as const }),
        'the policy taking effect',
      );
      const page = await b.context.newPage();
      await page.goto(`https://${LAST_HOST}/`).catch(() => undefined);
      const lastHostEnforced =
        mode === 'block'
          ? await within10s(async () => page.url().includes('/blocked.html#'), 'the block')
          : // The notice's shadow root is closed: read it from the extension's isolated world.
            await within10s(
              async () =>
                (await (await notice(page)).root.getAttribute('data-tool').catch(() => null)) === LAST_TOOL,
              'the banner',
            );
      await page.close();
      const browser = b.context.browser();
      if (!browser) throw new Error('no browser-level handle for the extension context');
      const cdp: CDPSession = await browser.newBrowserCDPSession();
      const heap = await serviceWorkerHeap(cdp, b.extensionId);
      results.push(result('Chromium', mode, state, lastHostEnforced, heap));
    } finally {
      await b.close();
    }
  }
  return results;
}

/** The same in Firefox ESR, with the policy in policies.json as IT deploys it there. */
export async function benchPolicyScaleFirefox(
  port: number,
  log: (line: string) => void,
): Promise<PolicyScaleResult[]> {
  const { firefoxNotice, launchFirefoxWithExtension, startNavigation, waitForDocument } =
    await import('../../tests/e2e/support/firefox-browser');
  const results: PolicyScaleResult[] = [];
  for (const mode of ['block', 'inform'] as const) {
    log(`policy scale, Firefox ESR: ${SCALE.rules} rules × ${SCALE.hostsPerRule} hosts, ${mode} mode …`);
    // Resolves once the background's cache equals what Firefox delivers: the policy is applied.
    const ff = await launchFirefoxWithExtension(port, {
      policiesJson: policy(mode),
      managedTimeoutMs: 180_000,
    });
    try {
      const state = await poll(
        () => ff.inExtension(appliedState, { wantRules: mode === 'block', clock: 'background' as const }),
        'the policy taking effect in Firefox',
      );
      const last = ff.site(`${LAST_HOST}/`);
      const page = await ff.open(ff.site('www.example.org/'));
      await startNavigation(page, last);
      const lastHostEnforced =
        mode === 'block'
          ? await within10s(
              () => waitForDocument(page, (href) => href.includes('/blocked.html#'), 10_000).then(() => true),
              'the block',
            )
          : await within10s(async () => {
              await waitForDocument(page, (href) => href === last, 10_000);
              return (
                (await (await firefoxNotice(ff, page)).root.getAttribute('data-tool').catch(() => null)) ===
                LAST_TOOL
              );
            }, 'the banner');
      await page.close();
      results.push(result('Firefox ESR', mode, state, lastHostEnforced, undefined));
    } finally {
      await ff.close();
    }
  }
  return results;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The report's section for it (docs/benchmarks.md). */
export function renderPolicyScale(results: readonly PolicyScaleResult[] | undefined): string {
  if (!results || results.length === 0) return '';
  const rows = results.map(
    (r) =>
      `| ${r.browser ?? 'Chromium'} | ${r.mode} | ${r.rules} × ${r.hostsPerRule} | ${(r.startToEffectMs / 1000).toFixed(1)} s | ${r.dnrRules} | ${r.enforcement?.hosts ?? '–'} | ${r.enforcement?.notEnforced.length ?? '–'} | ${r.contentScriptPatterns} | ${r.lastHostEnforced ? 'yes' : 'NO'} | ${r.serviceWorkerHeap ? mb(r.serviceWorkerHeap.usedBytes) : '–'} |`,
  );
  return [
    '',
    '## 6. The largest policy the schema allows',
    '',
    `${SCALE.rules} own rules × ${SCALE.hostsPerRule} hosts (scripts/bench/policy-scale.ts), as machine policy in Chromium and in policies.json in Firefox ESR: from the extension's start (Chromium: its service worker, which starts with the browser; Firefox: its background page, when the add-on is installed) to the policy in effect (managed storage read, redirect rules and banner script registered; in Firefox read when the launcher has seen the policy applied, so up to a few hundred milliseconds late), then a navigation to the last host of the last rule, and in Chromium the service worker's heap after garbage collection (Firefox offers no such reading here).`,
    '',
    '| browser | mode | rules × hosts | start → in effect | redirect rules | hosts blocked | not enforced | banner-script patterns | last host enforced | worker heap |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
