/**
 * The notice against hostile pages, in real Chromium (issue 9): one local
 * page per behaviour (tests/e2e/support/hostile-pages.ts), in inform mode
 * (WhatsApp Web) and reason mode (Dropbox, by the organisation's policy).
 * Each case proves that the notice is still shown and on top, that the
 * page's forged clicks and keys record nothing, that real input does, and —
 * in reason mode — that the page's own script saw none of the characters
 * typed into the reason field. A page that keeps removing the notice ends on
 * the extension's notice page, after a handful of re-inserts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPAIR_LIMIT } from '../../components/notice-host';
import { uiText } from '../../core/ui-text';
import { artifactPath } from './support/artifacts';
import {
  confirmationFrame,
  type ExtensionBrowser,
  EXTENSION_ID,
  launchWithExtension,
  notice,
} from './support/extension-browser';
import {
  FORGE,
  HOSTILE_BEHAVIOURS,
  type HostileBehaviour,
  type HostileLog,
  READ_HOSTILE_LOG,
  renderHostile,
} from './support/hostile-pages';
import { startTestSite, type TestSite } from './support/tls-server';

/** Typed into the reason field with the real keyboard; the page must see none of it. */
const SECRET = 'Pläne für Bauamt #42';

let site: TestSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startTestSite(renderHostile);
  browser = await launchWithExtension(site.port, {
    managedPolicy: { profile: 'general', modeByRule: { dropbox: 'reason' } },
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Decisions {
  dismissals: string[];
  dismissedUntil?: unknown;
  acknowledgedUntil?: unknown;
  reasons?: unknown;
}

/** What the extension has recorded: "Verstanden" for this session, timed decisions, typed reasons. */
const decisions = () =>
  browser.worker.evaluate<Decisions>(async () => ({
    ...(await chrome.storage.local.get(['dismissedUntil', 'acknowledgedUntil', 'reasons'])),
    dismissals: ((await chrome.storage.session.get('dismissals')).dismissals ?? []) as string[],
  }));
const NOTHING_DECIDED = { dismissals: [] };

async function forgetDecisions(): Promise<void> {
  await browser.worker.evaluate(async () => {
    await chrome.storage.session.remove(['dismissals', 'noticePasses']);
    await chrome.storage.local.remove(['dismissedUntil', 'acknowledgedUntil', 'reasons']);
  });
}

const hostileLog = (page: Page) => page.evaluate<HostileLog>(READ_HOSTILE_LOG);

async function openHostile(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await expect.poll(() => page.evaluate('window.hostile?.ready === true')).toBe(true);
  return page;
}

const behaviours = (Object.keys(HOSTILE_BEHAVIOURS) as HostileBehaviour[]).filter((b) => b !== 'remove-loop');

describe.each(behaviours)('a page that does "%s"', (behaviour) => {
  it('keeps the inform banner shown and on top; forged clicks dismiss nothing, a real one does', async () => {
    await forgetDecisions();
    const page = await openHostile(`https://web.whatsapp.com/hostile/${behaviour}`);
    const lp = await notice(page);
    await expect.poll(() => lp.probe()).toMatchObject({ hosts: 1, shown: true, onTop: true, reserved: 72 });
    // Its own styles hold, whatever the page's CSP or CSS says.
    expect(await lp.probe({ selector: '.lp-layer', css: 'position' })).toMatchObject({
      matches: [{ css: 'fixed' }],
    });
    await page.evaluate(FORGE);
    await page.waitForTimeout(300);
    expect(await lp.probe()).toMatchObject({ hosts: 1, shown: true, onTop: true });
    expect(await decisions()).toEqual(NOTHING_DECIDED);
    const log = await hostileLog(page);
    expect(log.forged).toBeGreaterThan(0);
    expect([log.shadowRoot, log.attach]).toEqual([false, 'NotSupportedError']);
    if (behaviour === 'overlay') await page.screenshot({ path: artifactPath('hostile-overlay-inform.png') });
    // The user's own click works.
    await lp.root.locator('[data-action="dismiss"]').click();
    await expect.poll(async () => (await lp.probe()).hosts).toBe(0);
    await expect.poll(async () => (await decisions()).dismissals).toHaveLength(1);
    await page.close();
  });

  it('keeps the reason dialog shown and on top; the page can neither confirm nor see the reason typed', async () => {
    await forgetDecisions();
    const page = await openHostile(`https://www.dropbox.com/hostile/${behaviour}`);
    const lp = await notice(page);
    await expect.poll(() => lp.probe()).toMatchObject({ hosts: 1, shown: true, onTop: true, covering: true });
    // The frame is at this session's dynamic extension address, not the extension's fixed one.
    await expect
      .poll(async () => (await lp.probe()).frameUrl)
      .toMatch(/^chrome-extension:\/\/[0-9a-f-]{36}\/notice-frame\.html#[\w-]{36}$/);
    expect(new URL((await lp.probe()).frameUrl!).host).not.toBe(EXTENSION_ID);
    await page.evaluate(FORGE);
    await page.waitForTimeout(300);
    expect(await lp.probe()).toMatchObject({ hosts: 1, shown: true, onTop: true });
    expect(await decisions()).toEqual(NOTHING_DECIDED);

    const frame = await confirmationFrame(page);
    await frame.locator('textarea').click();
    await page.keyboard.type(SECRET);
    expect(await frame.locator('textarea').inputValue()).toBe(SECRET);
    await page.waitForTimeout(200);
    const log = await hostileLog(page);
    expect(log.keys).toEqual([]);
    expect(log.reads).toEqual([]);
    if (behaviour === 'key-logger')
      await page.screenshot({ path: artifactPath('hostile-reason-dialog.png') });
    await frame.locator('[data-action="acknowledge"]').click();
    await expect.poll(async () => (await lp.probe()).hosts).toBe(0);
    await expect
      .poll(async () => (await decisions()).reasons)
      .toEqual([expect.objectContaining({ host: 'www.dropbox.com', toolId: 'dropbox', reason: SECRET })]);
    await page.close();
  });
});

describe('a page that keeps removing the notice', () => {
  it('loses it to the extension\'s notice page after a few re-inserts, with "Zurück" and "Trotzdem fortfahren"', async () => {
    await forgetDecisions();
    const url = 'https://web.whatsapp.com/hostile/remove-loop';
    const page = await browser.context.newPage();
    await page.goto(url).catch(() => undefined);
    await expect
      .poll(() => page.url(), { timeout: 10_000 })
      .toMatch(/^chrome-extension:\/\/[\w-]+\/notice\.html#/);
    await page.waitForSelector('section.lp');
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(url);
    expect(await page.locator('h1').innerText()).toBe(uiText('de').escalatedHeading);
    expect(await page.locator('section.lp').getAttribute('data-tool')).toBe('whatsapp');
    expect(await page.locator('[data-action="back"]').innerText()).toBe('Zurück');
    expect(await page.locator('[data-action="continue"]').innerText()).toBe('Trotzdem fortfahren');
    await page.screenshot({ path: artifactPath('hostile-escalated-notice-page.png') });
    // No fight in a loop: the page removed the notice only a handful of times.
    const other = await browser.context.newPage();
    await other.goto('https://web.whatsapp.com/hostile-count');
    const removals = Number(await other.evaluate(() => localStorage.getItem('hostile-removals')));
    expect(removals).toBeGreaterThan(0);
    expect(removals).toBeLessThanOrEqual(REPAIR_LIMIT + 1);
    await other.close();
    // Going on: the page again, and it stays (this tab has seen the notice).
    await page.locator('[data-action="continue"]').click();
    await expect.poll(() => page.url()).toBe(url);
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(url);
    expect(await page.locator('leitplanke-banner').count()).toBe(0);
    await page.close();
  });
});
