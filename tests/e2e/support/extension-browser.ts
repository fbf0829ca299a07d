/**
 * Debian's Chromium with the built extension loaded, every hostname mapped
 * to the local test site. See ../../../README.md (developers) for set-up.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { acquireBrowserLock } from './browser-lock';
import { waitForManagedPolicy, writeManagedPolicy, writeManagedPolicyFile } from './managed-policy';

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

/** The banner's shadow root content, via Playwright's shadow-piercing selectors. */
export function banner(page: Page) {
  return page.locator('leitplanke-banner section.lp');
}

/** Sets the user's profile the way the options page does. */
export async function setUserSettings(
  worker: Worker,
  settings: { profile?: string; language?: string },
): Promise<void> {
  await worker.evaluate(async (s) => {
    await chrome.storage.local.set({ userSettings: s });
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
