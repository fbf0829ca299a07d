/**
 * In place before the page paints (issue 9, item 3), in real Chromium: on a
 * small page answered at once, the notice's host (with its reserved strip)
 * is already in the document when the page's first script runs, so before
 * DOMContentLoaded and the first paint, and neither the strip nor the notice
 * filling in shifts the page's layout (Layout Instability API). The bench
 * (`npm run bench`) measures the same over many loads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { informStripHeight } from '../../components/banner-styles';
import { withConfiguredSettings } from '../../core/settings/configured-settings';
import { type ExtensionBrowser, launchWithExtension, notice } from './support/extension-browser';
import { renderHostile } from './support/hostile-pages';
import { confirmNotice } from './support/notice-actions';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startTestSite(renderHostile);
});

afterAll(async () => {
  await site?.close();
});

interface Timing {
  atFirstScript: boolean;
  atDcl: boolean | null;
  shift: number;
  /** A notice host was inserted at some point of this load. */
  inserted: boolean;
}

describe('the notice on a fast page', () => {
  beforeAll(async () => {
    browser = await launchWithExtension(site.port);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each([1280, 800, 320])(
    'is in the document before the page runs its first script, with no layout shift, at %i px',
    async (width) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      for (let load = 0; load < 3; load += 1) {
        await page.goto(`https://web.whatsapp.com/fast?load=${load}`);
        const lp = await notice(page);
        await expect.poll(async () => (await lp.probe()).shown).toBe(true);
        // Let a late layout shift (the content filling in) be reported.
        await page.waitForTimeout(300);
        const timing = await page.evaluate<Timing>('window.timing');
        expect(timing).toEqual(expect.objectContaining({ atFirstScript: true, atDcl: true, shift: 0 }));
        expect((await lp.probe()).reserved).toBe(informStripHeight(width));
      }
      await page.close();
    },
  );
  it('"Verstanden" in one tab, then a reload there, leaves the strip reserved in a new tab: no shift', async () => {
    const tab = await browser.context.newPage();
    await tab.goto('https://web.whatsapp.com/fast?load=dismiss');
    const lp = await notice(tab);
    await expect.poll(async () => (await lp.probe()).shown).toBe(true);
    await lp.root.locator('[data-action="dismiss"]').click();
    await expect.poll(async () => (await lp.probe()).hosts).toBe(0);
    await tab.reload();
    await tab.waitForTimeout(300);
    expect((await (await notice(tab)).probe()).hosts).toBe(0);
    const other = await browser.context.newPage();
    await other.goto('https://web.whatsapp.com/fast?load=other-tab');
    await expect.poll(async () => (await (await notice(other)).probe()).shown).toBe(true);
    await other.waitForTimeout(300);
    expect(await other.evaluate<Timing>('window.timing')).toEqual(
      expect.objectContaining({ atFirstScript: true, atDcl: true, shift: 0 }),
    );
    await Promise.all([tab.close(), other.close()]);
  });
});

describe('the notice where none is due', () => {
  let ack: ExtensionBrowser;
  beforeAll(async () => {
    ack = await launchWithExtension(site.port, {
      managedPolicy: withConfiguredSettings({
        mode: 'acknowledge',
        acknowledgementHours: 24,
        exceptions: { hosts: ['faq.whatsapp.com'] },
      }),
    });
  }, 600_000);
  afterAll(async () => {
    await ack?.close();
  });

  /** A fresh tab (its own sessionStorage) on `url`, after the content has had time to fill in. */
  async function freshTab(url: string): Promise<Timing> {
    const page = await ack.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    const timing = await page.evaluate<Timing>('window.timing');
    expect((await (await notice(page)).probe()).hosts).toBe(0);
    await page.close();
    return timing;
  }

  it('a confirmation that holds in every tab: a new tab neither reserves the strip nor flashes the dialog', async () => {
    const page = await ack.context.newPage();
    await page.goto('https://web.whatsapp.com/fast?load=confirm');
    await confirmNotice(page);
    await page.close();
    for (const load of [1, 2])
      expect(await freshTab(`https://web.whatsapp.com/fast?load=${load}`)).toEqual(
        expect.objectContaining({ atFirstScript: false, atDcl: false, inserted: false, shift: 0 }),
      );
  });

  it('a host IT excepted: from the second tab on, the page is never moved', async () => {
    await freshTab('https://faq.whatsapp.com/fast?load=first');
    for (const load of [1, 2])
      expect(await freshTab(`https://faq.whatsapp.com/fast?load=${load}`)).toEqual(
        expect.objectContaining({ atFirstScript: false, inserted: false, shift: 0 }),
      );
  });
});
