/**
 * Debian's Firefox ESR with the built Firefox package (`.output/firefox-mv2`)
 * installed as a temporary add-on, driven by puppeteer-core over WebDriver
 * BiDi. Every hostname resolves to the local test site
 * (`network.dns.forceResolve`), so URLs carry the site's port:
 * `https://web.whatsapp.com:PORT/` (the extension's matcher ignores ports).
 *
 * Organisation settings reach the add-on the way Firefox delivers managed
 * storage without root: a managed-storage manifest in
 * `$HOME/.mozilla/managed-storage/<add-on id>.json`, with HOME pointed at a
 * temporary folder for this browser only (nothing machine-wide). The browser
 * lock is held all the same, so no two test browsers run at once.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../../core/extension-ids';
import { acquireBrowserLock } from './browser-lock';
import { type NoticeDriver, noticeDriver, probeExpression, type ProbeResult } from './notice-probe';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The unpacked Firefox build; LEITPLANKE_OUTPUT_DIR matches `WXT_OUT_DIR` of a parallel build. */
export const FIREFOX_EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../../..',
  process.env.LEITPLANKE_OUTPUT_DIR ?? '.output',
  'firefox-mv2',
);

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  /** `https://<host>:<port><path>`: the real hostname, served by the local test site. */
  site(hostAndPath: string): string;
  /** A new tab at `url` (a web address). */
  open(url: string): Promise<Page>;
  /** The open tab whose document is at an address `matches` accepts (BiDi does not report navigations into extension pages). */
  findPage(matches: (href: string) => boolean, timeoutMs?: number): Promise<Page>;
  /** Runs `fn` in an extension page of the add-on, where `browser.*` is the extension API. */
  inExtension<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T>;
  setUserSettings(settings: { profile?: string; language?: string }): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Organisation settings as Firefox's managed storage delivers them (the manifest's `data`). */
  managedSettings?: Record<string, unknown>;
  /**
   * Organisation settings as IT deploys them: `policies.json` → 3rdparty →
   * Extensions → <add-on id>, machine-wide in Firefox's distribution folder
   * for this browser's lifetime (held under the browser lock, removed after).
   */
  policiesJson?: Record<string, unknown>;
  /** How long to wait for the add-on to apply the settings (the largest policies take longer). */
  managedTimeoutMs?: number;
}

/** Debian's firefox-esr reads this policies.json (docs/admin.md, "Firefox"). */
export const FIREFOX_POLICIES_FILE =
  process.env.FIREFOX_POLICIES_FILE ?? '/usr/lib/firefox-esr/distribution/policies.json';

export async function launchFirefoxWithExtension(
  port: number,
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  // A known moz-extension:// host for this profile, so tests can open the add-on's pages.
  const uuid = randomUUID();
  const home = mkdtempSync(join(tmpdir(), 'leitplanke-firefox-home-'));
  // Firefox reads a temporary add-on's files from its folder while it runs: a private copy keeps
  // a rebuild of .output (another `npm run build` on this machine) from changing it mid-test.
  const extensionDir = join(home, 'extension');
  try {
    cpSync(FIREFOX_EXTENSION_DIR, extensionDir, { recursive: true });
    if (options.managedSettings) writeManagedStorage(home, options.managedSettings);
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const release = await acquireBrowserLock();
  if (options.policiesJson) {
    writeFileSync(
      FIREFOX_POLICIES_FILE,
      JSON.stringify({
        policies: { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: options.policiesJson } } },
      }),
    );
  }
  const cleanUp = () => {
    if (options.policiesJson) rmSync(FIREFOX_POLICIES_FILE, { force: true });
    release();
    rmSync(home, { recursive: true, force: true });
  };
  // Not `browser`: inside `inExtension` callbacks that name is the extension API.
  let firefox: Browser;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // The local test site's self-signed certificate.
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 800 },
      env: { ...process.env, HOME: home },
      extraPrefsFirefox: {
        // Every hostname goes to the local test site: nothing leaves the machine.
        'network.dns.forceResolve': '127.0.0.1',
        'network.trr.mode': 5,
        'network.proxy.type': 0,
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: uuid }),
        // A known UI language (what `i18n.getUILanguage()` says), whatever language packs are installed.
        'intl.locale.requested': 'en-US',
      },
    });
  } catch (error) {
    cleanUp();
    throw error;
  }
  const close = async () => {
    try {
      await firefox.close();
    } finally {
      cleanUp();
    }
  };
  try {
    const id = await firefox.installExtension(extensionDir);
    if (id !== FIREFOX_ADDON_ID)
      throw new Error(`the installed add-on has the id ${id}, expected ${FIREFOX_ADDON_ID}`);
    const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
    // An extension page to call extension APIs from. BiDi refuses to navigate to moz-extension://
    // URLs, but a web page may open the add-on's web-accessible block page.
    const control = await firefox.newPage();
    await control.goto(`https://leitplanke-test.invalid:${port}/`);
    await navigateInPage(control, extensionUrl('blocked.html'));
    const inExtension = <T, A>(fn: (arg: A) => Promise<T> | T, arg: A) =>
      control.evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown) as Promise<T>;
    const ff: FirefoxWithExtension = {
      browser: firefox,
      extensionUrl,
      site: (hostAndPath) => {
        const slash = hostAndPath.indexOf('/');
        return slash < 0
          ? `https://${hostAndPath}:${port}/`
          : `https://${hostAndPath.slice(0, slash)}:${port}${hostAndPath.slice(slash)}`;
      },
      open: async (url) => {
        const page = await firefox.newPage();
        await page.goto(url);
        return page;
      },
      findPage: async (matches, timeoutMs = 10_000) => {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          // Every tab at once, each answer bounded: one slow tab (one still closing, or busy in the
          // background) must not use up the time in which the others are never asked.
          const pages = await firefox.pages();
          const answers = await Promise.all(pages.map((page) => documentState(page)));
          const found = pages.find((_, i) => answers[i]!.state === 'complete' && matches(answers[i]!.href));
          if (found) return found;
          if (Date.now() > deadline)
            throw new Error(
              `no open tab shows the expected page; the tabs: ${answers.map((a) => `${a.href} (${a.state})`).join(', ')}`,
            );
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      inExtension,
      // As the options page saves them; resolves once the background works with the new profile.
      setUserSettings: (settings) =>
        inExtension(async (s) => {
          await browser.storage.local.set({ userSettings: s });
          for (let i = 0; i < 200; i += 1) {
            const status = (await browser.runtime.sendMessage({ type: 'status' })) as { profileId?: string };
            if (s.profile === undefined || status.profileId === s.profile) return;
            await new Promise((r) => setTimeout(r, 50));
          }
          throw new Error(`the background did not switch to the profile ${s.profile}`);
        }, settings),
      close,
    };
    if (options.managedSettings || options.policiesJson)
      await waitForManagedSettings(ff, options.managedTimeoutMs);
    return ff;
  } catch (error) {
    await close();
    throw error;
  }
}

/** Where a tab's document is and how far it has loaded; a tab that does not answer within a second says so. */
async function documentState(page: Page): Promise<{ href: string; state: string }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ href: string; state: string }>((resolvePromise) => {
    timer = setTimeout(() => resolvePromise({ href: page.url(), state: 'no answer' }), 1000);
  });
  const answer = page
    .evaluate(() => ({ href: location.href, state: document.readyState as string }))
    .catch((error: Error) => ({ href: page.url(), state: `error: ${error.message}` }));
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts a navigation by script, as a link would. The navigation is scheduled after the
 * evaluation returns: a synchronous `location.assign` can tear the window global down while
 * BiDi still builds the return value ("right-hand side of 'in' should be an object, got null").
 */
export async function startNavigation(page: Page, url: string): Promise<void> {
  await page.evaluate((u) => void setTimeout(() => location.assign(u), 0), url);
}

/** Navigates by script (as a link would) and waits until the new document has loaded. */
async function navigateInPage(page: Page, url: string, timeoutMs = 10_000): Promise<void> {
  await startNavigation(page, url);
  await waitForDocument(page, (href) => href === url, timeoutMs);
}

/** Waits until the tab's document is at an address `matches` accepts and has loaded; returns that address. */
export async function waitForDocument(
  page: Page,
  matches: (href: string) => boolean,
  timeoutMs = 10_000,
): Promise<string> {
  const start = Date.now();
  for (;;) {
    const [href, state] =
      (await page.evaluate(() => [location.href, document.readyState]).catch(() => undefined)) ?? [];
    if (href !== undefined && matches(href) && state === 'complete') return href;
    if (Date.now() - start > timeoutMs)
      throw new Error(`the tab did not reach the expected page (it is at ${href})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Firefox's per-user managed storage: `~/.mozilla/managed-storage/<add-on id>.json`.
 * Firefox's schema makes `description` mandatory: without it the file is ignored.
 */
function writeManagedStorage(home: string, data: Record<string, unknown>): void {
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: FIREFOX_ADDON_ID,
    description: 'Leitplanke settings (e2e test)',
    type: 'storage',
    data,
  };
  writeFileSync(join(dir, `${FIREFOX_ADDON_ID}.json`), JSON.stringify(manifest, null, 2));
}

/** Waits until the background has read managed storage and applied it (its cache equals what Firefox delivers). */
async function waitForManagedSettings(ff: FirefoxWithExtension, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const applied = await ff.inExtension(async () => {
      const managed = await browser.storage.managed.get();
      const cache = (await browser.storage.local.get('managedCache')).managedCache;
      return Object.keys(managed).length > 0 && JSON.stringify(managed) === JSON.stringify(cache);
    }, undefined);
    if (applied) return;
    if (Date.now() - start > timeoutMs)
      throw new Error('the add-on did not apply the managed settings in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const firefoxTabs = new WeakMap<Page, Promise<number>>();

/** The extension's id for the tab showing `page`: the page names itself (window.name) and the extension asks each tab. */
function tabOf(ff: FirefoxWithExtension, page: Page): Promise<number> {
  let tab = firefoxTabs.get(page);
  if (!tab) {
    tab = (async () => {
      const marker = `leitplanke-probe-${randomUUID()}`;
      await page.evaluate((m) => void (window.name = m), marker);
      const id = await ff.inExtension(async (m) => {
        for (const t of await browser.tabs.query({})) {
          const names: unknown[] =
            (await browser.tabs.executeScript(t.id!, { code: 'window.name' }).catch(() => [])) ?? [];
          if (names[0] === m) return t.id!;
        }
        return -1;
      }, marker);
      if (id < 0) throw new Error('the extension does not see this tab');
      return id;
    })();
    firefoxTabs.set(page, tab);
  }
  return tab;
}

/**
 * The notice in `page`, read from the extension's side: the probe runs as a
 * content script (`tabs.executeScript` from an extension page), where
 * Firefox hands over the closed shadow root (see ./notice-probe.ts).
 */
export async function firefoxNotice(ff: FirefoxWithExtension, page: Page): Promise<NoticeDriver> {
  const tabId = await tabOf(ff, page);
  return noticeDriver(
    (request) =>
      ff.inExtension(
        async ({ tab, code }) => ((await browser.tabs.executeScript(tab, { code })) ?? [])[0] as ProbeResult,
        { tab: tabId, code: probeExpression(request) },
      ),
    (x, y) => page.mouse.click(x, y),
  );
}

/** The notice's confirmation frame (an extension page inside the notice). */
export async function firefoxConfirmationFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const start = Date.now();
  for (;;) {
    for (const frame of page.frames()) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.includes('/notice-frame.html#') && (await frame.$('[data-action="acknowledge"]')))
        return frame;
    }
    if (Date.now() - start > timeoutMs) throw new Error('the notice has no confirmation frame');
    await new Promise((r) => setTimeout(r, 100));
  }
}
