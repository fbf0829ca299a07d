/**
 * The hostile-page cases of ./support/hostile-suite.ts in real Firefox ESR
 * (the MV2 build): the same guarantees as in Chromium (./hostile.test.ts),
 * including styles under a page CSP of `style-src 'none'`.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { artifactPath } from './support/artifacts';
import {
  type FirefoxWithExtension,
  firefoxConfirmationFrame,
  firefoxNotice,
  launchFirefoxWithExtension,
} from './support/firefox-browser';
import { renderHostile } from './support/hostile-pages';
import { type Decisions, defineHostileSuite, HOSTILE_SUITE_SETTINGS } from './support/hostile-suite';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  site = await startTestSite(renderHostile);
  ff = await launchFirefoxWithExtension(site.port, { managedSettings: HOSTILE_SUITE_SETTINGS });
}, 600_000);

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

defineHostileSuite<Page>(() => ({
  name: 'firefox',
  address: (hostAndPath) => ff.site(hostAndPath),
  open: async (hostAndPath) => {
    const page = await ff.browser.newPage();
    // A page that loses its notice navigates away at once: its load never completes, and BiDi
    // cannot follow into the extension's page. The suite polls what it needs, so wait a little only.
    await Promise.race([
      page.goto(ff.site(hostAndPath)).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]);
    return page;
  },
  close: (page) => page.close(),
  notice: (page) => firefoxNotice(ff, page),
  evaluate: <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>,
  url: (page) => page.evaluate(() => location.href).catch(() => ''),
  typeReason: async (page, text) => {
    const frame = await firefoxConfirmationFrame(page);
    await (await frame.$('textarea'))!.click();
    await page.keyboard.type(text);
    return frame.evaluate(() => document.querySelector('textarea')!.value);
  },
  confirmInFrame: async (page) => (await firefoxConfirmationFrame(page)).click('[data-action="acknowledge"]'),
  clickInPage: (page, selector) => page.click(selector),
  textsInPage: (page, selector) =>
    page.$$eval(selector, (els) => els.map((el) => (el as HTMLElement).innerText)).catch(() => []),
  screenshot: async (page, name) => void (await page.screenshot({ path: artifactPath(name) })),
  decisions: () =>
    ff.inExtension(
      async () =>
        ({
          ...(await browser.storage.local.get('decisions')),
          dismissals: ((await browser.storage.session.get('dismissals')).dismissals ?? []) as unknown[],
        }) as Decisions,
      undefined,
    ),
  forgetDecisions: () =>
    ff.inExtension(async () => {
      await browser.storage.session.remove(['dismissals', 'noticePasses']);
      await browser.storage.local.remove('decisions');
    }, undefined),
  frameUrl: /^moz-extension:\/\/[0-9a-f-]{36}\/notice-frame\.html#[\w-]{36}$/,
  noticePageUrl: /^moz-extension:\/\/[0-9a-f-]{36}\/notice\.html#/,
}));
