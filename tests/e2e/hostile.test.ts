/**
 * The notice against hostile pages, in real Chromium (issue 9): the cases of
 * ./support/hostile-suite.ts — still shown and on top, forged input records
 * nothing, the typed reason never reaches the page, and a page that keeps
 * removing the notice ends on the extension's notice page. Firefox runs the
 * same cases in ./hostile-firefox.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { artifactPath } from './support/artifacts';
import {
  confirmationFrame,
  type ExtensionBrowser,
  launchWithExtension,
  notice,
} from './support/extension-browser';
import { renderHostile } from './support/hostile-pages';
import { type Decisions, defineHostileSuite, HOSTILE_SUITE_SETTINGS } from './support/hostile-suite';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startTestSite(renderHostile);
  browser = await launchWithExtension(site.port, { managedPolicy: HOSTILE_SUITE_SETTINGS });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

defineHostileSuite<Page>(() => ({
  name: 'chromium',
  address: (hostAndPath) => `https://${hostAndPath}`,
  open: async (hostAndPath) => {
    const page = await browser.context.newPage();
    // A page that loses its notice navigates away at once: the load may not complete.
    await page.goto(`https://${hostAndPath}`).catch(() => undefined);
    return page;
  },
  close: (page) => page.close(),
  notice,
  evaluate: (page, expression) => page.evaluate(expression),
  url: async (page) => page.url(),
  typeReason: async (page, text) => {
    const frame = await confirmationFrame(page);
    await frame.locator('textarea').click();
    await page.keyboard.type(text);
    return frame.locator('textarea').inputValue();
  },
  confirmInFrame: async (page) =>
    (await confirmationFrame(page)).locator('[data-action="acknowledge"]').click(),
  clickInPage: (page, selector) => page.locator(selector).click(),
  textsInPage: (page, selector) => page.locator(selector).allInnerTexts(),
  screenshot: async (page, name) =>
    void (await page.screenshot({ animations: 'disabled', path: artifactPath(name) })),
  decisions: () =>
    browser.worker.evaluate<Decisions>(async () => ({
      ...(await chrome.storage.local.get('decisions')),
      dismissals: ((await chrome.storage.session.get('dismissals')).dismissals ?? []) as unknown[],
    })),
  forgetDecisions: () =>
    browser.worker.evaluate(async () => {
      await chrome.storage.session.remove(['dismissals', 'noticePasses']);
      await chrome.storage.local.remove('decisions');
    }),
  // This session's dynamic extension address (use_dynamic_url), not the extension's fixed one.
  frameUrl: /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f-]{27}\/notice-frame\.html#[\w-]{36}$/,
  noticePageUrl: /^chrome-extension:\/\/[\w-]+\/notice\.html#/,
}));
