/**
 * The largest organisations, as real machine policy in Chromium: 1 000 own
 * rules × 10 hosts in inform and in block mode — every rule and the
 * catalogue still enforced (sampled across the range, the last rule and
 * WhatsApp included) — and the three-rule policy with one malformed entry:
 * Chromium discards the whole extraRules setting, and Leitplanke names it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withConfiguredSettings } from '../../core/settings/configured-settings';
import type { DiagnosticsReport } from '../../core/settings/diagnostics';
import { artifactPath } from './support/artifacts';
import { type ExtensionBrowser, launchWithExtension, notice } from './support/extension-browser';
import { expectNoBanner } from './support/pages';
import { orgRule, orgRules } from './support/org-rules';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(async () => {
  await site?.close();
});

const thousand = orgRules(1000, 10);
/** Across the range: first, middle, last rule, different hosts of each. */
const samples = ['h0.org-tool-0.example', 'h5.org-tool-499.example', 'x.h9.org-tool-999.example'];

function withBrowser(policy: unknown) {
  const handle = { browser: undefined as unknown as ExtensionBrowser };
  beforeAll(async () => {
    handle.browser = await launchWithExtension(site.port, { managedPolicy: policy });
  }, 120_000);
  afterAll(async () => {
    await handle.browser?.close();
  });
  return handle;
}

/** What the background recorded of block mode for the diagnostics page. */
const blockEnforcement = (b: ExtensionBrowser) =>
  b.worker.evaluate(async () => (await chrome.storage.session.get('blockEnforcement')).blockEnforcement);

async function openBlocked(b: ExtensionBrowser, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url).catch(() => undefined);
  await expect.poll(() => page.url(), { timeout: 10_000 }).toContain(`${b.extensionId}/blocked.html#`);
  return page;
}

describe('1 000 own rules × 10 hosts in block mode', () => {
  const ctx = withBrowser(withConfiguredSettings({ mode: 'block', extraRules: thousand }));

  it('blocks every sampled rule, the last one and WhatsApp, with a handful of browser rules', async () => {
    for (const host of [...samples, 'web.whatsapp.com']) {
      const page = await openBlocked(ctx.browser, `https://${host}/chat`);
      await page.close();
    }
    const rules = await ctx.browser.worker.evaluate(() => chrome.declarativeNetRequest.getDynamicRules());
    expect(rules.length).toBeLessThan(50);
    const enforcement = (await blockEnforcement(ctx.browser)) as DiagnosticsReport['blocking'];
    expect(enforcement?.notEnforced).toEqual([]);
    expect(enforcement?.hosts).toBeGreaterThanOrEqual(10_000);
  });

  it('explains on the diagnostics page which rule blocks an address', async () => {
    const page = await ctx.browser.context.newPage();
    await page.goto(
      ctx.browser.extensionUrl(
        `diagnostics.html?url=${encodeURIComponent('https://h9.org-tool-999.example/x')}`,
      ),
    );
    await expect.poll(() => page.locator('#blocking').innerText()).toMatch(/Sperrregel\(n\) für \d+ Host/);
    expect(await page.locator('[data-why="rule"] td').innerText()).toContain('org-tool-999');
    expect(await page.locator('[data-why="host"] td').innerText()).toBe('h9.org-tool-999.example');
    expect(await page.locator('[data-why="mode"] td').innerText()).toBe('block (mode, Organisation)');
    await page.screenshot({
      animations: 'disabled',
      path: artifactPath('diagnostics-why-block.png'),
      fullPage: true,
    });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // Keyboard: another address, typed and submitted with Enter, is explained in place.
    await page.locator('#why-url').fill('https://web.whatsapp.com/');
    await page.locator('#why-url').press('Enter');
    await expect.poll(() => page.locator('[data-why="rule"] td').innerText()).toContain('whatsapp');
    await page.close();
  });
});

describe('1 000 own rules × 10 hosts in inform mode', () => {
  const ctx = withBrowser(withConfiguredSettings({ mode: 'inform', extraRules: thousand }));

  it('warns on every sampled rule, the last one and WhatsApp', async () => {
    for (const host of [...samples, 'web.whatsapp.com']) {
      const page = await ctx.browser.context.newPage();
      await page.goto(`https://${host}/`);
      await expect
        .poll(async () => (await notice(page)).root.getAttribute('data-tool'), { timeout: 10_000 })
        .toBe(host === 'web.whatsapp.com' ? 'whatsapp' : host.replace(/^.*?(org-tool-\d+)\.example$/, '$1'));
      await page.close();
    }
    const page = await ctx.browser.context.newPage();
    await page.goto('https://h0.org-tool-1000.example/');
    await expectNoBanner(page);
    await page.close();
  });
});

describe('three extra rules, one malformed ("reasons": "a single text")', () => {
  const valid = (i: number) => ({ ...orgRule(i, 1), reasons: ['Nur dienstlich bereitgestellte Dienste.'] });
  const policy = withConfiguredSettings({
    mode: 'inform',
    organisation: { name: 'Landesamt Beispiel' },
    extraRules: [valid(1), { ...valid(2), reasons: 'a single text' }, valid(3)],
  });
  const ctx = withBrowser(policy);

  it('Chromium discards the whole setting; the diagnostics and the options page name it', async () => {
    const managed = await ctx.browser.worker.evaluate(() => chrome.storage.managed.get());
    // Chromium's schema check (SCHEMA_ALLOW_UNKNOWN) voids the whole top-level value for one bad entry.
    expect(managed.extraRules).toBeUndefined();
    expect(managed.organisation).toEqual({ name: 'Landesamt Beispiel' });
    const page = await ctx.browser.context.newPage();
    await page.goto(ctx.browser.extensionUrl('diagnostics.html'));
    const row = page.locator('#problems tr[data-discarded="true"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('td').first().innerText()).toBe('extraRules');
    expect(await row.locator('td').nth(1).innerText()).toMatch(/^extraRules was discarded by the browser: /);
    await page.screenshot({
      animations: 'disabled',
      path: artifactPath('diagnostics-discarded.png'),
      fullPage: true,
    });
    await page.goto(ctx.browser.extensionUrl('options.html'));
    await expect
      .poll(() => page.locator('#discarded li').innerText())
      .toMatch(/^extraRules – extraRules was discarded/);
    await page.close();
  });

  it('so, as the platform allows no better, the two valid rules do not warn either', async () => {
    const page = await ctx.browser.context.newPage();
    await page.goto('https://h0.org-tool-1.example/');
    await expectNoBanner(page);
    await page.close();
  });
});
