/**
 * The largest organisations and a malformed entry in real Firefox ESR, with
 * the settings in policies.json as IT deploys them. Firefox does not check
 * managed values against any schema (R23): Leitplanke's own item-by-item
 * validation is the only one, so a malformed entry is rejected alone and
 * reported while the valid ones warn.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withConfiguredSettings } from '../../core/settings/configured-settings';
import type { DiagnosticsReport } from '../../core/settings/diagnostics';
import {
  type FirefoxWithExtension,
  firefoxNotice,
  launchFirefoxWithExtension,
  startNavigation,
} from './support/firefox-browser';
import { orgRule, orgRules } from './support/org-rules';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(async () => {
  await site?.close();
});

function withFirefox(policiesJson: Record<string, unknown>) {
  const handle = { ff: undefined as unknown as FirefoxWithExtension };
  beforeAll(async () => {
    handle.ff = await launchFirefoxWithExtension(site.port, { policiesJson });
  }, 600_000);
  afterAll(async () => {
    await handle.ff?.close();
  });
  return handle;
}

const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
/** The notice's shadow root is closed: read from the extension's side (see support/notice-probe.ts). */
const bannerTool = async (ff: FirefoxWithExtension, page: Page) =>
  (await firefoxNotice(ff, page)).root.getAttribute('data-tool');
const diagnostics = (ff: FirefoxWithExtension) =>
  ff.inExtension(
    () => browser.runtime.sendMessage({ type: 'diagnostics' }) as Promise<DiagnosticsReport>,
    undefined,
  );

const thousand = orgRules(1000, 10);
const samples = ['h0.org-tool-0.example', 'h5.org-tool-499.example', 'x.h9.org-tool-999.example'];

describe('Firefox: 1 000 own rules × 10 hosts in block mode (policies.json)', () => {
  const ctx = withFirefox(withConfiguredSettings({ mode: 'block', extraRules: thousand }));

  it('blocks every sampled rule, the last one and WhatsApp, all within the browser limits', async () => {
    for (const host of [...samples, 'web.whatsapp.com']) {
      const page = await ctx.ff.open(ctx.ff.site('www.example.org/'));
      await startNavigation(page, ctx.ff.site(`${host}/chat`));
      await ctx.ff.findPage(
        (href) => href.startsWith(ctx.ff.extensionUrl('blocked.html#')) && href.includes(host),
      );
      for (const open of await ctx.ff.browser.pages())
        if (open !== page && (await open.url()).includes(host)) await open.close();
      await page.close().catch(() => undefined);
    }
    const report = await diagnostics(ctx.ff);
    expect(report.problems).toEqual([]);
    expect(report.blocking?.notEnforced).toEqual([]);
    expect(report.blocking?.hosts).toBeGreaterThanOrEqual(10_000);
  });
});

describe('Firefox: 1 000 own rules × 10 hosts in inform mode (policies.json)', () => {
  const ctx = withFirefox(withConfiguredSettings({ mode: 'inform', extraRules: thousand }));

  it('warns on every sampled rule, the last one and WhatsApp', async () => {
    for (const host of [...samples, 'web.whatsapp.com']) {
      const page = await ctx.ff.open(ctx.ff.site(`${host}/`));
      const expected =
        host === 'web.whatsapp.com' ? 'whatsapp' : host.replace(/^.*?(org-tool-\d+)\.example$/, '$1');
      await eventually(() => bannerTool(ctx.ff, page)).toBe(expected);
      await page.close();
    }
  });
});

describe('Firefox: three extra rules in policies.json, one malformed ("reasons": "a single text")', () => {
  const valid = (i: number) => orgRule(i, 1);
  const ctx = withFirefox(
    withConfiguredSettings({
      mode: 'inform',
      extraRules: [valid(1), { ...valid(2), reasons: 'a single text' }, valid(3)],
    }),
  );

  it('rejects that entry alone and reports it precisely', async () => {
    const report = await diagnostics(ctx.ff);
    expect(report.organisationRules.sort()).toEqual(['org-tool-1', 'org-tool-3']);
    expect(report.problems.map((p) => p.path)).toContain('extraRules[1].reasons');
    expect(report.problems.every((p) => p.path.startsWith('extraRules[1]'))).toBe(true);
  });

  it('and the two valid rules still warn', async () => {
    for (const i of [1, 3]) {
      const page = await ctx.ff.open(ctx.ff.site(`h0.org-tool-${i}.example/`));
      await eventually(() => bannerTool(ctx.ff, page)).toBe(`org-tool-${i}`);
      await page.close();
    }
  });
});
