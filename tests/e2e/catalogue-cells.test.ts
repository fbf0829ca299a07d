/**
 * The cells the legal review (December 2026) corrected, one per profile, as
 * staff see them in real Chromium; and the diagnostics page telling IT when
 * the bundled legal information is due for review.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiText } from '../../core/ui-text';
import { artifactPath } from './support/artifacts';
import { compiledCatalogue, expectedBanner } from './support/expected';
import {
  type ExtensionBrowser,
  launchWithExtension,
  notice,
  setUserSettings,
} from './support/extension-browser';
import { openPanel } from './support/notice-probe';
import { openPage } from './support/pages';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startTestSite();
  browser = await launchWithExtension(site.port);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const de = uiText('de');

async function showBanner(profile: Parameters<typeof expectedBanner>[1], url: string) {
  await setUserSettings(browser.worker, { profile });
  const expected = expectedBanner(url, profile);
  const page = await openPage(browser.context, url);
  const lp = (await notice(page)).root;
  await expect.poll(() => lp.getAttribute('data-tool')).toBe(expected.toolId);
  // The strip's reasons and sources are behind "Warum?": read them as staff see them.
  await openPanel(lp, 'why');
  return { page, lp, expected };
}

describe('the corrected cells of the legal review', () => {
  it('NRW × Zoom: no longer "zulässig", but "not fully assessed", with the 2020 survey marked historical (C2)', async () => {
    const { page, lp, expected } = await showBanner('nrw', 'https://us02web.zoom.us/j/123456789');
    const title = await lp.locator('.lp-title').innerText();
    expect(title).toBe(`${expected.partLabel}: ${de.status.caution}`);
    // textContent: the whole notice, its closed panels included.
    expect(await lp.property('textContent')).not.toContain('zulässig');
    expect(await lp.locator('.lp-summary').innerText()).toBe(
      'Die Landesregierung NRW meldete 2020 Zoom nur für Einzelfälle im damaligen Ministerium für Kinder, Familie, Flüchtlinge und Integration (MKFFI); den Abgleich mit den LDI-Leitplanken hatte sie nicht abgeschlossen.',
    );
    await lp.locator('.lp-source > summary').first().click();
    await expect
      .poll(() => lp.locator('.lp-source-status').first().innerText())
      .toMatch(/^Historisch: Bestandsaufnahme von 2020/);
    await page.screenshot({ animations: 'disabled', path: artifactPath('cell-nrw-zoom.png') });
    await page.close();
  });

  it('Bund × TikTok: cites the BfDI instead of "keine eigene Aussage" (M1)', async () => {
    const { page, lp, expected } = await showBanner('bund', 'https://www.tiktok.com/@beispiel');
    expect(expected.fallbackNotice).toBeUndefined();
    expect(await lp.locator('.lp-fallback').count()).toBe(0);
    expect(await lp.locator('.lp-title').innerText()).toBe(
      `${expected.partLabel}: Von Behörden nicht empfohlen`,
    );
    expect(await lp.locator('.lp-summary').innerText()).toBe(
      'Der Bundesdatenschutzbeauftragte empfahl den Bundesbehörden 2021, TikTok nicht auf dienstlichen Geräten einzusetzen, und bekräftigte das im Februar 2023.',
    );
    expect(await lp.locator('.lp-source > summary').first().innerText()).toBe(
      'Quelle: Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI), damals Ulrich Kelber, gegenüber dem Handelsblatt, Februar 2023',
    );
    // The spokesperson's words reach us as heise's sentence: labelled as the report's, not the authority's.
    await lp.locator('.lp-source > summary').nth(1).click();
    await expect
      .poll(() => lp.locator('.lp-source').nth(1).locator('.lp-note').first().innerText())
      .toBe('Wortlaut des Berichts (heise online, Februar 2023), nicht der Behörde');
    await page.screenshot({ animations: 'disabled', path: artifactPath('cell-bund-tiktok.png') });
    await page.close();
  });

  it('Hessen × Instagram: no Hessian verdict; the general one says the rule does not name Instagram (M2)', async () => {
    const { page, lp, expected } = await showBanner('hessen', 'https://www.instagram.com/beispiel/');
    await expect.poll(() => lp.locator('.lp-fallback').innerText()).toBe(expected.fallbackNotice);
    expect(await lp.locator('.lp-title').innerText()).not.toContain('verboten');
    expect(await lp.locator('.lp-point > p:first-child').allInnerTexts()).toContainEqual(
      expect.stringContaining('Instagram wird dort nicht genannt.'),
    );
    await page.close();
  });

  it('BW × Facebook: no verdict attributed to the LfDI (M5)', async () => {
    const { page, lp, expected } = await showBanner('bw', 'https://www.facebook.com/beispielseite');
    await expect.poll(() => lp.locator('.lp-fallback').innerText()).toBe(expected.fallbackNotice);
    expect(await lp.locator('.lp-summary').innerText()).toBe(expected.summary);
    expect(await lp.locator('.lp-source > summary').allInnerTexts()).not.toContainEqual(
      expect.stringContaining('Baden-Württemberg'),
    );
    await page.close();
  });

  it('Köln × Dropbox: the label no longer names the supervisory authority (C1)', async () => {
    const { page, lp, expected } = await showBanner('koeln', 'https://www.dropbox.com/home');
    expect(await lp.locator('.lp-title').innerText()).toBe(
      `${expected.partLabel}: Von Behörden nicht empfohlen`,
    );
    expect(await lp.property('textContent')).not.toContain('Datenschutzaufsicht');
    // The city spoke of cloud services, not of Dropbox: the general verdict, with the city's points.
    await expect.poll(() => lp.locator('.lp-fallback').innerText()).toBe(expected.fallbackNotice);
    expect(await lp.locator('.lp-source > summary').allInnerTexts()).toContainEqual(
      'Quelle: Verwaltung der Stadt Köln (gez. Dr. Keller), 16. März 2020',
    );
    await page.close();
  });

  it('general × Facebook Messenger: its own entry with messenger reasoning, not fan pages (M12)', async () => {
    const { page, lp, expected } = await showBanner('general', 'https://m.me/beispielseite');
    expect(expected.toolId).toBe('facebook-messenger');
    expect(await lp.locator('.lp-summary').innerText()).toBe(
      'Keine der hier erfassten Stellen hat sich ausdrücklich zu Facebook Messenger geäußert. Ihre Aussagen zu Messengern allgemein gelten nach unserer Einschätzung auch hierfür.',
    );
    expect(await lp.property('textContent')).not.toContain('Fanpage');
    await page.close();
  });

  it('says what "Stand" means', async () => {
    const { page, lp } = await showBanner('general', 'https://web.whatsapp.com/');
    expect(await lp.locator('.lp-stand').innerText()).toMatch(
      /^Rechtslage geprüft bis .+; Aussagen der Behörden mit ihrem Datum \(Katalog /,
    );
    await page.close();
  });
});

describe('the review date of the bundled legal information', () => {
  async function diagnosticsOn(isoDay: string): Promise<Page> {
    const page = await browser.context.newPage();
    // The page judges the date by its own clock: set it as on that day.
    await page.clock.setFixedTime(new Date(`${isoDay}T09:00:00Z`));
    await page.goto(browser.extensionUrl('diagnostics.html'));
    await page.locator('#catalogue').waitFor();
    return page;
  }

  it('is not due on the day the catalogue was checked', async () => {
    const page = await diagnosticsOn(compiledCatalogue.meta.stand);
    expect(await page.locator('#review-due').count()).toBe(0);
    expect(await page.locator('#review-by').innerText()).toContain('Nächste Überprüfung');
    await page.close();
  });

  it('tells IT once reviewBy has passed, while the banner keeps working', async () => {
    const after = new Date(Date.parse(`${compiledCatalogue.meta.reviewBy}T00:00:00Z`) + 86_400_000);
    const page = await diagnosticsOn(after.toISOString().slice(0, 10));
    await expect
      .poll(() => page.locator('#review-due').innerText())
      .toContain('Die mitgelieferten Rechtsinformationen sind seit');
    expect(await page.locator('#review-due').getAttribute('role')).toBe('alert');
    await page.screenshot({
      animations: 'disabled',
      path: artifactPath('diagnostics-review-due.png'),
      fullPage: true,
    });
    await page.close();
    const { page: site, lp } = await showBanner('general', 'https://web.whatsapp.com/');
    expect(await lp.count()).toBe(1);
    await site.close();
  });
});
