/**
 * Debian's Chromium with the built extension loaded, every hostname mapped
 * to the local test site. See ../../../README.md (developers) for set-up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Frame, type Page, type Worker } from 'playwright-core';
import { acquireBrowserLock } from './browser-lock';
import { waitForManagedPolicy, writeManagedPolicy, writeManagedPolicyFile } from './managed-policy';
import { type NoticeDriver, probeExpression, type ProbeResult, noticeDriver } from './notice-probe';

/** The built extension; LEITPLANKE_OUTPUT_DIR matches `WXT_OUT_DIR` of a parallel build. */
export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../../..',
  process.env.LEITPLANKE_OUTPUT_DIR ?? '.output',
  'chrome-mv3',
);
export const EXTENSION_ID = 'ofapcmbjgkbgblbbdghfmmfofbgjeoif';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  /** Organisation settings, deployed as real machine policy for this browser's lifetime. */
  managedPolicy?: unknown;
  /** A whole machine-policy file, installed as it is (instead of `managedPolicy`). */
  managedPolicyFile?: string;
  /** How long to wait for the extension to apply it (the largest policies take longer). */
  managedPolicyTimeoutMs?: number;
}

export async function launchWithExtension(
  port: number,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const release = await acquireBrowserLock();
  const removePolicy =
    options.managedPolicyFile !== undefined
      ? writeManagedPolicyFile(options.managedPolicyFile)
      : options.managedPolicy
        ? writeManagedPolicy(options.managedPolicy)
        : () => {};
  const cleanUp = () => {
    removePolicy();
    release();
  };
  let context: BrowserContext;
  try {
    context = await launch(port, options);
  } catch (error) {
    cleanUp();
    throw error;
  }
  let worker: Worker;
  try {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (options.managedPolicy || options.managedPolicyFile !== undefined)
      await waitForManagedPolicy(worker, options.managedPolicyTimeoutMs);
  } catch (error) {
    // Never leave a browser, the machine-wide policy file or the lock behind.
    await context.close().catch(() => {});
    cleanUp();
    throw error;
  }
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      try {
        await context.close();
      } finally {
        cleanUp();
      }
    },
  };
}

function launch(port: number, options: LaunchOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(
    '',
    chromiumLaunchOptions(port, { locale: options.locale, extensionDir: EXTENSION_DIR }),
  );
}

/**
 * How every test and benchmark browser starts: Debian's Chromium, headless,
 * no background traffic, every hostname mapped to the local test site, and
 * the extension loaded unless `extensionDir` is left out (a baseline browser).
 */
export function chromiumLaunchOptions(
  port: number,
  options: { locale?: string | undefined; extensionDir?: string } = {},
) {
  const locale = options.locale ?? 'de-DE';
  const extension = options.extensionDir
    ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`]
    : [];
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    // Chromium on Linux takes its UI language (what `i18n.getUILanguage()` says) from LANGUAGE.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    args: [
      ...extension,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      `--lang=${locale}`,
      // Every hostname goes to the local test site: nothing leaves the machine.
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    ],
  };
}

/**
 * A trainer's demonstration banner (open shadow root), via Playwright's
 * shadow-piercing selectors. The real notice is closed: see `notice`.
 */
export function banner(page: Page) {
  return page.locator('leitplanke-banner section.lp');
}

/**
 * Sets the user's profile the way the options page does, and resolves once
 * the background has applied it: the page snapshot that the banner script
 * reads is written before `appliedPolicy` (storage.session) names the new
 * view, so a page opened after this shows the new profile from the start.
 * Organisation settings (the managed cache) take precedence, as in the
 * background; a setting left out is not waited for.
 */
export async function setUserSettings(
  worker: Worker,
  settings: { profile?: string; language?: string },
): Promise<void> {
  await worker.evaluate(async (s) => {
    await chrome.storage.local.set({ userSettings: s });
    const managed = ((await chrome.storage.local.get('managedCache')).managedCache ?? {}) as typeof s;
    const expected = { profile: managed.profile ?? s.profile, language: managed.language ?? s.language };
    for (let i = 0; i < 200; i += 1) {
      const signature = (await chrome.storage.session.get('appliedPolicy')).appliedPolicy as
        string | undefined;
      const view = signature ? (JSON.parse(signature) as unknown[])[1] : undefined;
      const applied = view as { profile?: string; language?: string } | undefined;
      if (
        applied &&
        (expected.profile === undefined || applied.profile === expected.profile) &&
        (expected.language === undefined || applied.language === expected.language)
      )
        return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the background did not apply the user settings ${JSON.stringify(s)}`);
  }, settings);
}

/** The id of the tab showing `page`, as the extension sees it. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

interface IsolatedWorld {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

const drivers = new WeakMap<Page, Promise<ChromiumNotice>>();

export interface ChromiumNotice extends NoticeDriver {
  /** Evaluates an expression in the extension's isolated world of the page's top frame. */
  evaluate<T>(expression: string): Promise<T>;
}

/**
 * The notice in `page`, read from the extension's isolated world over the
 * DevTools protocol (its shadow root is closed to the page and to
 * Playwright's selectors; see ./notice-probe.ts).
 */
export function notice(page: Page): Promise<ChromiumNotice> {
  let driver = drivers.get(page);
  if (!driver) {
    driver = chromiumNotice(page);
    drivers.set(page, driver);
  }
  return driver;
}

async function chromiumNotice(page: Page): Promise<ChromiumNotice> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, IsolatedWorld>();
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    worlds.set(context.id, context as IsolatedWorld),
  );
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = async () => {
    const start = Date.now();
    for (;;) {
      const found = [...worlds.values()].find(
        (w) =>
          w.auxData?.type === 'isolated' &&
          w.auxData.frameId === frameTree.frame.id &&
          w.origin === `chrome-extension://${EXTENSION_ID}`,
      );
      if (found) return found.id;
      if (Date.now() - start > 10_000)
        throw new Error('the banner script has no isolated world in this page');
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: await world(),
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  const driver = noticeDriver(
    (request) => evaluate<ProbeResult>(probeExpression(request)),
    (x, y) => page.mouse.click(x, y),
  );
  return { ...driver, evaluate };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on the notice, run in the extension's isolated world: there the
 * closed shadow root is handed to axe as if it were open (the getter is
 * replaced in that world only; the page's world is untouched).
 */
export async function axeOnNotice(page: Page): Promise<{
  violations: Array<{ id: string; impact: string | null; help: string }>;
  /** The rules that passed: proof that axe saw into the shadow root. */
  passes: string[];
}> {
  const driver = await notice(page);
  if (!(await driver.evaluate<boolean>('typeof axe === "object"'))) await driver.evaluate(AXE_SOURCE);
  return driver.evaluate(`(async () => {
    Object.defineProperty(Element.prototype, 'shadowRoot', {
      configurable: true,
      get() { return chrome.dom.openOrClosedShadowRoot(this) || null; },
    });
    const results = await axe.run(document.querySelector('leitplanke-banner'), { resultTypes: ['violations'] });
    return {
      violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help })),
      passes: results.passes.map((p) => p.id),
    };
  })()`);
}

/** The notice's confirmation frame (acknowledge and reason mode): an extension page inside the notice. */
export async function confirmationFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const start = Date.now();
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/notice-frame.html#'));
    if (frame) {
      await frame.waitForSelector('[data-action="acknowledge"]');
      return frame;
    }
    if (Date.now() - start > timeoutMs) throw new Error('the notice has no confirmation frame');
    await new Promise((r) => setTimeout(r, 50));
  }
}
