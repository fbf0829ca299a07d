/**
 * The core promise, in real Chromium: real hostnames (served locally) get a
 * correct, cited warning for the chosen profile; lookalikes and unrelated
 * sites get nothing; the banner is dismissible, keyboard-operable and
 * accessible; the extension sends no request of its own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { informStripHeight } from '../../components/banner-styles';
import { uiText } from '../../core/ui-text';
import { artifactPath } from './support/artifacts';
import { expectedBanner } from './support/expected';
import {
  axeOnNotice,
  type ExtensionBrowser,
  launchWithExtension,
  notice,
  setUserSettings,
  tabIdOf,
} from './support/extension-browser';
import { watchNetwork } from './support/network-watch';
import { openPanel } from './support/notice-probe';
import { expectNoBanner, openPage } from './support/pages';
import { openToolbarPopup } from './support/toolbar-popup';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
let browser: ExtensionBrowser;
let network: ReturnType<typeof watchNetwork>;

beforeAll(async () => {
  site = await startTestSite();
  browser = await launchWithExtension(site.port);
  network = watchNetwork(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const open = (url: string): Promise<Page> => openPage(browser.context, url);

describe('the warning banner', () => {
  it('warns on WhatsApp Web with the cited general guidance and alternatives', async () => {
    await setUserSettings(browser.worker, { profile: 'general' });
    const url = 'https://web.whatsapp.com/';
    const expected = expectedBanner(url, 'general');
    const page = await open(url);
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.count()).toBe(1);
    await expect.poll(() => lp.getAttribute('data-tool')).toBe('whatsapp');
    expect(await lp.getAttribute('lang')).toBe('de');
    expect(await lp.locator('.lp-title').innerText()).toBe(`${expected.partLabel}: ${expected.statusText}`);
    // The reasons are one click away ("Warum?"), in place.
    expect(await lp.locator('.lp-summary').isVisible()).toBe(false);
    await lp.locator('[data-action="why"]').click();
    expect(await lp.locator('.lp-summary').innerText()).toBe(expected.summary);
    expect(await lp.locator('.lp-point > p:first-child').allInnerTexts()).toEqual(
      expected.points.map((p) => p.text),
    );
    expect(expected.points.length).toBeGreaterThanOrEqual(2);
    // Legal detail is one click deeper: open the first source.
    await lp.locator('.lp-source > summary').first().click();
    await expect
      .poll(() => lp.locator('.lp-source blockquote').first().innerText())
      .toBe(`„${expected.points[0]!.quote}“`);
    expect(await lp.locator('#lp-panel-why .lp-stand').innerText()).toContain(expected.catalogueVersion);
    await page.screenshot({ animations: 'disabled', path: artifactPath('banner-whatsapp-general.png') });
    // "Stattdessen" swaps the reasons for the alternatives.
    await lp.locator('[data-action="instead"]').click();
    expect(await lp.locator('.lp-point').first().isVisible()).toBe(false);
    expect(await lp.locator('.lp-alternatives li').allInnerTexts()).toEqual(
      expected.alternatives.map((a) => `${a.name} – ${a.description}${a.note ? ` (${a.note})` : ''}`),
    );
  });

  it.each(['general', 'hessen'])(
    'is a calm strip of a fixed height at 1280 px and at 320 px, whose panels overlay the page without moving it (%s)',
    async (profile) => {
      await setUserSettings(browser.worker, { profile });
      const page = await open('https://web.whatsapp.com/');
      const lp = (await notice(page)).root;
      await expect.poll(() => lp.count()).toBe(1);
      const pageTop = () => page.locator('#site').evaluate((el) => el.getBoundingClientRect().top);
      const hostHeight = () =>
        page.locator('leitplanke-banner').evaluate((el) => el.getBoundingClientRect().height);
      /** The distinct rows the strip's text and buttons sit on. */
      const rows = () =>
        lp.evaluate((root) => {
          const boxes = [...root.querySelectorAll<HTMLElement>('.lp-strip .lp-title, .lp-strip button')]
            .map((el) => el.getBoundingClientRect())
            .sort((a, b) => a.top - b.top);
          let count = 0;
          let bottom = -Infinity;
          for (const box of boxes) {
            if (box.top >= bottom) count += 1;
            bottom = Math.max(bottom, box.bottom);
          }
          return count;
        });
      for (const [width, maxRows] of [
        [1280, 1],
        [320, 3],
      ] as const) {
        await page.setViewportSize({ width, height: 800 });
        const height = informStripHeight(width);
        await expect.poll(hostHeight).toBe(height);
        expect(height).toBeLessThanOrEqual(width >= 600 ? 72 : 120);
        expect(await rows()).toBeLessThanOrEqual(maxRows);
        // The status in plain words is whole, not cut off.
        expect(
          await lp.locator('.lp-title').evaluate((el) => el.scrollWidth - el.clientWidth),
        ).toBeLessThanOrEqual(0);
        const before = await pageTop();
        await lp.locator('[data-action="why"]').click();
        expect(await lp.locator('#lp-panel-why').isVisible()).toBe(true);
        expect(await lp.locator('[data-action="why"]').getAttribute('aria-expanded')).toBe('true');
        expect(await hostHeight()).toBe(height);
        expect(await pageTop()).toBe(before);
        await page.keyboard.press('Escape');
        expect(await lp.locator('#lp-panel-why').isVisible()).toBe(false);
      }
      await page.close();
    },
  );

  it.each([
    ['hessen', 'https://web.whatsapp.com/', 'whatsapp'],
    ['bund', 'https://web.whatsapp.com/', 'whatsapp'],
    ['nrw', 'https://us02web.zoom.us/j/123456789', 'zoom'],
    ['bw', 'https://www.tiktok.com/@someone', 'tiktok'],
    ['koeln', 'https://web.whatsapp.com/', 'whatsapp'],
  ] as const)('shows what holds for the %s profile on %s', async (profile, url, toolId) => {
    await setUserSettings(browser.worker, { profile });
    const expected = expectedBanner(url, profile);
    const page = await open(url);
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.getAttribute('data-tool')).toBe(toolId);
    expect(await lp.locator('.lp-eyebrow').innerText()).toContain(expected.profileName);
    expect(await lp.locator('.lp-title').innerText()).toBe(`${expected.partLabel}: ${expected.statusText}`);
    // The reasons and their sources are in the "Warum?" panel.
    await openPanel(lp, 'why');
    expect(await lp.locator('.lp-summary').innerText()).toBe(expected.summary);
    expect(await lp.locator('.lp-source > summary').allInnerTexts()).toEqual(
      expected.points.map((p) => uiText('de').sourceOf(p.source.issuer, p.statedOn)),
    );
    expect(expected.fallbackNotice).toBeUndefined();
    await page.screenshot({ animations: 'disabled', path: artifactPath(`banner-${toolId}-${profile}.png`) });
    await page.close();
  });

  it('says so when the profile has no statement of its own, and shows the general guidance', async () => {
    await setUserSettings(browser.worker, { profile: 'koeln' });
    const url = 'https://www.tiktok.com/';
    const expected = expectedBanner(url, 'koeln');
    expect(expected.fallbackNotice).toBeDefined();
    const page = await open(url);
    const lp = (await notice(page)).root;
    await openPanel(lp, 'why');
    await expect.poll(() => lp.locator('.lp-fallback').innerText()).toBe(expected.fallbackNotice);
    await page.close();
  });

  it("only informs on a service's public pages, and follows a single-page app into a meeting", async () => {
    await setUserSettings(browser.worker, { profile: 'general' });
    const page = await open('https://zoom.us/');
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.getAttribute('class')).toContain('lp--inform');
    // By keyboard: the banner (in the top layer) may lie over the page's own controls.
    await page.locator('#spa-meeting').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => lp.getAttribute('class'), { timeout: 5000 }).toContain('lp--warn');
    expect(await lp.locator('.lp-title').innerText()).toContain(
      expectedBanner('https://zoom.us/j/123456', 'general').partLabel,
    );
    await page.close();
  });

  it.each([
    'https://whatsapp.com.example.org/',
    'https://notzoom.us/j/123',
    'https://zoom.us.example.net/j/123',
    'https://example.org/?q=web.whatsapp.com',
    'https://www.example.org/tiktok.com',
    'https://web.threema.ch/',
    'https://facetime.apple.com/',
  ])('stays silent on %s', async (url) => {
    const page = await open(url);
    await expectNoBanner(page);
    await page.close();
  });

  it('speaks English when the user chooses English', async () => {
    await setUserSettings(browser.worker, { profile: 'bund', language: 'en' });
    const url = 'https://web.whatsapp.com/';
    const expected = expectedBanner(url, 'bund', 'en');
    const page = await open(url);
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.getAttribute('lang')).toBe('en');
    await openPanel(lp, 'why');
    expect(await lp.locator('.lp-summary').innerText()).toBe(expected.summary);
    expect(await lp.locator('[data-action="dismiss"]').innerText()).toBe('Understood');
    await page.close();
    await setUserSettings(browser.worker, { profile: 'general' });
  });

  it('hides after "Verstanden" for this tab and site, and comes back in a new tab', async () => {
    await setUserSettings(browser.worker, { profile: 'general' });
    const page = await open('https://web.whatsapp.com/');
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.count()).toBe(1);
    const tabId = await tabIdOf(browser.worker, page);
    expect(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('!');
    await lp.locator('[data-action="dismiss"]').click();
    expect(await page.locator('leitplanke-banner').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.style.marginTop)).toBe('');
    await page.reload();
    await expectNoBanner(page);
    const other = await open('https://web.whatsapp.com/');
    await expect.poll(async () => (await notice(other)).root.count()).toBe(1);
    await page.close();
    await other.close();
  });

  it('is operable by keyboard alone', async () => {
    const page = await open('https://web.whatsapp.com/');
    const lp = await notice(page);
    await expect.poll(() => lp.root.count()).toBe(1);
    // The banner comes first in the document, so the first Tab lands in it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(
      'leitplanke-banner',
    );
    const focused = async () => (await lp.probe()).focused;
    expect(await focused()).toBe('why');
    // "Warum?" opens the reasons in place and moves focus into them; Tab reaches the first source.
    await page.keyboard.press('Enter');
    expect(await lp.root.locator('[data-action="why"]').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    const firstSource = lp.root.locator('.lp-source').first();
    await page.keyboard.press('Enter');
    await expect.poll(() => firstSource.property('open')).toBe(true);
    // Escape closes the panel and returns to its button.
    await page.keyboard.press('Escape');
    expect(await lp.root.locator('#lp-panel-why').property('hidden')).toBe(true);
    expect(await focused()).toBe('why');
    // Tab on to "Verstanden" and press it.
    for (let i = 0; i < 60; i += 1) {
      if ((await lp.probe()).focused === 'dismiss') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('leitplanke-banner').count()).toBe(0);
    await page.close();
  });

  it('has no serious accessibility violations, at full width and at 320 px', async () => {
    const page = await open('https://web.whatsapp.com/');
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.count()).toBe(1);
    await lp.locator('[data-action="why"]').click();
    await lp.locator('.lp-source > summary').first().click();
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 720 });
      // axe-core in the extension's own world, where the closed shadow root is visible.
      const { violations, passes } = await axeOnNotice(page);
      // The buttons are inside the closed shadow root: axe checked them.
      expect(passes).toContain('button-name');
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      // Usable at 320 px: nothing sticks out sideways, the actions are reachable.
      const overflow = Number(await lp.property('scrollWidth')) - Number(await lp.property('clientWidth'));
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ animations: 'disabled', path: artifactPath('banner-whatsapp-320px.png') });
    await page.close();
  });

  it('follows dark mode and forced colours (Windows high contrast), accessible in each (screenshots for the README)', async () => {
    await setUserSettings(browser.worker, { profile: 'hessen' });
    const page = await open('https://web.whatsapp.com/');
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.count()).toBe(1);
    const background = () => lp.evaluate((el) => getComputedStyle(el).backgroundColor);
    const schemes = [
      ['', { colorScheme: 'light', forcedColors: 'none' }],
      ['-dark', { colorScheme: 'dark', forcedColors: 'none' }],
      ['-forced-colours', { colorScheme: 'dark', forcedColors: 'active' }],
    ] as const;
    const backgrounds: string[] = [];
    for (const [width, height] of [
      [1280, 800],
      [320, 640],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [suffix, media] of schemes) {
        await page.emulateMedia(media);
        backgrounds.push(await background());
        // axe-core in the extension's own world, where the closed shadow root is visible.
        const results = await axeOnNotice(page);
        expect(results.passes).toContain('button-name');
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${suffix || 'light'} ${width}px ${v.id}: ${v.help}`)).toEqual([]);
        // Every button keeps a visible edge, and the strip its height.
        const edges = await lp
          .locator('.lp-strip button')
          .evaluateAll((els) => els.map((el) => getComputedStyle(el).borderTopStyle));
        expect(edges.length).toBeGreaterThan(0);
        expect(edges.every((style) => style === 'solid')).toBe(true);
        expect(
          await page.locator('leitplanke-banner').evaluate((el) => el.getBoundingClientRect().height),
        ).toBe(informStripHeight(width));
        await page.screenshot({
          animations: 'disabled',
          path: artifactPath(`banner-compact-${width}${suffix}.png`),
        });
      }
    }
    // Light and dark differ; the focus ring stays visible in forced colours.
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
    await lp.locator('[data-action="why"]').focus();
    expect(
      await lp.locator('[data-action="why"]').evaluate((el) => {
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      }),
    ).toBe(true);
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPanel(lp, 'why');
    await lp.locator('.lp-source > summary').first().click();
    await page.screenshot({ animations: 'disabled', path: artifactPath('banner-expanded-why.png') });
    await page.close();
    await setUserSettings(browser.worker, { profile: 'general' });
  });

  it('"Mehr erfahren" opens the full catalogue entry', async () => {
    const page = await open('https://web.whatsapp.com/');
    const lp = (await notice(page)).root;
    const [details] = await Promise.all([
      browser.context.waitForEvent('page'),
      lp.locator('[data-action="learn-more"]').click(),
    ]);
    await details.waitForLoadState();
    expect(details.url()).toBe(browser.extensionUrl('catalogue.html#tool=whatsapp'));
    await expect
      .poll(() => details.locator('article.entry.is-selected').getAttribute('data-tool'))
      .toBe('whatsapp');
    await details.close();
    await page.close();
  });

  it('marks concerned tabs in the toolbar, and unmarks them when the tab moves on', async () => {
    const page = await open('https://zoom.us/');
    const tabId = await tabIdOf(browser.worker, page);
    const badge = () => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('i');
    await page.goto('https://us02web.zoom.us/j/123');
    await expect.poll(badge).toBe('!');
    await page.goto('https://www.example.org/');
    await expect.poll(badge).toBe('');
    await page.close();
  });

  it('its toolbar popup says whether the current site is in the catalogue, what holds and which profile is active', async () => {
    await setUserSettings(browser.worker, { profile: 'nrw' });
    const url = 'https://us02web.zoom.us/j/123456789';
    const expected = expectedBanner(url, 'nrw');
    const page = await open(url);
    const popup = await openToolbarPopup(browser, page);
    expect(await popup.evaluate(`document.querySelector('.popup-site').textContent`)).toBe('us02web.zoom.us');
    expect(await popup.evaluate(`document.querySelector('[data-state]').dataset.state`)).toBe('concerned');
    expect(await popup.evaluate(`document.querySelector('[data-state]').textContent`)).toContain(
      `${expected.partLabel}: ${expected.statusText}`,
    );
    expect(await popup.evaluate(`document.querySelector('[data-profile]').textContent`)).toBe(
      `Aktives Profil: ${expected.profileName}`,
    );
    await popup.screenshot(artifactPath('popup-zoom-nrw.png'));
    const other = await open('https://www.example.org/');
    const otherPopup = await openToolbarPopup(browser, other);
    expect(await otherPopup.evaluate(`document.querySelector('[data-state]').textContent`)).toBe(
      'Diese Website ist nicht im Katalog von Leitplanke.',
    );
    await page.close();
    await other.close();
    await setUserSettings(browser.worker, { profile: 'general' });
  });

  it('sent no network request of its own during all of the above', () => {
    expect(network.unexpected()).toEqual([]);
  });
});
