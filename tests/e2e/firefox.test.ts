/**
 * What Leitplanke does in Chromium it does in real Firefox ESR: the Firefox
 * package (`.output/firefox-mv2`) warns on the catalogue's sites with the
 * cited statement and stays silent on lookalikes, hides after "Verstanden",
 * renders its popup and catalogue, redirects to the block page where the
 * organisation's settings ask for it, and takes those settings from Firefox's
 * managed storage, JSON strings included. One Firefox per policy: none, and
 * an organisation's.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosticsReport } from '../../core/settings/diagnostics';
import { uiText } from '../../core/ui-text';
import { artifactPath } from './support/artifacts';
import { expectedBanner } from './support/expected';
import {
  type FirefoxWithExtension,
  firefoxNotice,
  launchFirefoxWithExtension,
  startNavigation,
  waitForDocument,
} from './support/firefox-browser';
import { openPanel } from './support/notice-probe';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(async () => {
  await site?.close();
});

function withFirefox(managedSettings?: Record<string, unknown>) {
  const handle = { ff: undefined as unknown as FirefoxWithExtension };
  // Generous: another test browser on this machine may hold the browser lock for a while.
  beforeAll(async () => {
    handle.ff = await launchFirefoxWithExtension(site.port, managedSettings ? { managedSettings } : {});
  }, 600_000);
  afterAll(async () => {
    await handle.ff?.close();
  });
  return handle;
}

/** The extension acts asynchronously, and Firefox on a busy test machine can take a while. */
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

const bannerCount = (page: Page) => page.$$eval('leitplanke-banner', (els) => els.length);
/** The notice's shadow root is closed: read from the extension's side (see support/notice-probe.ts). */
const lp = async (ff: FirefoxWithExtension, page: Page) => (await firefoxNotice(ff, page)).root;
const bannerAttribute = async (ff: FirefoxWithExtension, page: Page, name: string) =>
  (await lp(ff, page)).getAttribute(name);
const bannerTexts = async (ff: FirefoxWithExtension, page: Page, selector: string) =>
  (await lp(ff, page)).locator(selector).allInnerTexts();
const clickInBanner = async (ff: FirefoxWithExtension, page: Page, selector: string) =>
  (await lp(ff, page)).locator(selector).click();
const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => (el as HTMLElement).innerText));

/** Lookalikes get no banner; give a content script ample time to (wrongly) appear. */
async function expectNoBanner(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await new Promise((r) => setTimeout(r, 400));
  expect(await bannerCount(page)).toBe(0);
}

const diagnostics = (ff: FirefoxWithExtension) =>
  ff.inExtension(
    () => browser.runtime.sendMessage({ type: 'diagnostics' }) as Promise<DiagnosticsReport>,
    undefined,
  );

describe('Firefox without any organisation policy', () => {
  const ctx = withFirefox();

  it('has no managed storage for the add-on, and treats that as "no organisation settings", not as an error', async () => {
    const managed = await ctx.ff.inExtension(
      () =>
        browser.storage.managed.get().then(
          () => 'answered',
          (error: Error) => `rejected: ${error.message}`,
        ),
      undefined,
    );
    expect(managed).toMatch(/^rejected: /);
    const report = await diagnostics(ctx.ff);
    expect(report.managedReadAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(report.problems).toEqual([]);
    expect(report.rows.filter((row) => row.origin === 'organisation')).toEqual([]);
  });

  it('warns on WhatsApp Web with the cited general guidance and alternatives', async () => {
    await ctx.ff.setUserSettings({ profile: 'general', language: 'de' });
    const expected = expectedBanner('https://web.whatsapp.com/', 'general');
    const page = await ctx.ff.open(ctx.ff.site('web.whatsapp.com/'));
    await eventually(() => bannerAttribute(ctx.ff, page, 'data-tool')).toBe('whatsapp');
    expect(await bannerAttribute(ctx.ff, page, 'lang')).toBe('de');
    expect(await bannerTexts(ctx.ff, page, '.lp-title')).toEqual([
      `${expected.partLabel}: ${expected.statusText}`,
    ]);
    // The strip opens the reasons in place ("Warum?"); the source is one click deeper.
    await openPanel(await lp(ctx.ff, page), 'why');
    expect(await bannerTexts(ctx.ff, page, '.lp-summary')).toEqual([expected.summary]);
    expect(await bannerTexts(ctx.ff, page, '.lp-point > p:first-child')).toEqual(
      expected.points.map((p) => p.text),
    );
    expect(expected.points.length).toBeGreaterThanOrEqual(2);
    await clickInBanner(ctx.ff, page, '.lp-source > summary');
    await eventually(async () => (await bannerTexts(ctx.ff, page, '.lp-source blockquote'))[0]).toBe(
      `„${expected.points[0]!.quote}“`,
    );
    expect((await bannerTexts(ctx.ff, page, '#lp-panel-why .lp-stand'))[0]).toContain(
      expected.catalogueVersion,
    );
    await page.screenshot({ path: artifactPath('firefox-banner-whatsapp-general.png') });
    // "Stattdessen" swaps the reasons for the alternatives.
    await openPanel(await lp(ctx.ff, page), 'instead');
    expect(await (await lp(ctx.ff, page)).locator('#lp-panel-why').isVisible()).toBe(false);
    expect(await bannerTexts(ctx.ff, page, '.lp-alternatives li')).toEqual(
      expected.alternatives.map((a) => `${a.name} – ${a.description}${a.note ? ` (${a.note})` : ''}`),
    );
    await page.close();
  });

  it.each([
    ['hessen', 'web.whatsapp.com/', 'whatsapp'],
    ['nrw', 'us02web.zoom.us/j/123456789', 'zoom'],
    ['bw', 'www.tiktok.com/@someone', 'tiktok'],
  ] as const)('shows what holds for the %s profile on %s', async (profile, hostAndPath, toolId) => {
    await ctx.ff.setUserSettings({ profile, language: 'de' });
    const expected = expectedBanner(`https://${hostAndPath}`, profile);
    const page = await ctx.ff.open(ctx.ff.site(hostAndPath));
    await eventually(() => bannerAttribute(ctx.ff, page, 'data-tool')).toBe(toolId);
    expect((await bannerTexts(ctx.ff, page, '.lp-eyebrow'))[0]).toContain(expected.profileName);
    expect(await bannerTexts(ctx.ff, page, '.lp-title')).toEqual([
      `${expected.partLabel}: ${expected.statusText}`,
    ]);
    await openPanel(await lp(ctx.ff, page), 'why');
    expect(await bannerTexts(ctx.ff, page, '.lp-summary')).toEqual([expected.summary]);
    expect(await bannerTexts(ctx.ff, page, '.lp-source > summary')).toEqual(
      expected.points.map((p) => uiText('de').sourceOf(p.source.issuer, p.statedOn)),
    );
    await page.close();
  });

  it("speaks the browser's language when nobody chose one: English in a Firefox set to English", async () => {
    await ctx.ff.setUserSettings({ profile: 'bund' });
    const expected = expectedBanner('https://web.whatsapp.com/', 'bund', 'en');
    const page = await ctx.ff.open(ctx.ff.site('web.whatsapp.com/'));
    await eventually(() => bannerAttribute(ctx.ff, page, 'lang')).toBe('en');
    await openPanel(await lp(ctx.ff, page), 'why');
    expect(await bannerTexts(ctx.ff, page, '.lp-summary')).toEqual([expected.summary]);
    expect(await bannerTexts(ctx.ff, page, '[data-action="dismiss"]')).toEqual(['Understood']);
    await page.close();
  });

  it.each([
    'whatsapp.com.example.org/',
    'notzoom.us/j/123',
    'zoom.us.example.net/j/123',
    'example.org/?q=web.whatsapp.com',
    'www.example.org/tiktok.com',
    'web.threema.ch/',
  ])('stays silent on %s', async (hostAndPath) => {
    const page = await ctx.ff.open(ctx.ff.site(hostAndPath));
    await expectNoBanner(page);
    await page.close();
  });

  it("warns on a host written with a trailing dot, which Firefox's match patterns miss (the background injects)", async () => {
    await ctx.ff.setUserSettings({ profile: 'general', language: 'de' });
    const page = await ctx.ff.open(ctx.ff.site('WEB.WhatsApp.COM.'));
    await eventually(() => bannerAttribute(ctx.ff, page, 'data-tool')).toBe('whatsapp');
    expect(await (await firefoxNotice(ctx.ff, page)).probe()).toMatchObject({ hosts: 1, shown: true });
    await page.close();
  });

  it('hides after "Verstanden" for this tab and site, and comes back in a new tab', async () => {
    await ctx.ff.setUserSettings({ profile: 'general', language: 'de' });
    const url = ctx.ff.site('web.whatsapp.com/');
    const page = await ctx.ff.open(url);
    await eventually(() => bannerCount(page)).toBe(1);
    // The toolbar button marks the tab ("!" where it warns); Firefox's MV2 API is browserAction.
    const badge = () =>
      ctx.ff.inExtension(async (u) => {
        const tab = (await browser.tabs.query({})).find((t) => t.url === u)!;
        return (browser.action ?? browser.browserAction).getBadgeText({ tabId: tab.id! });
      }, url);
    await eventually(badge).toBe('!');
    expect(await bannerTexts(ctx.ff, page, '[data-action="dismiss"]')).toEqual(['Verstanden']);
    await clickInBanner(ctx.ff, page, '[data-action="dismiss"]');
    await eventually(() => bannerCount(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.style.marginTop)).toBe('');
    await page.reload();
    await expectNoBanner(page);
    const other = await ctx.ff.open(url);
    await eventually(() => bannerCount(other)).toBe(1);
    await page.close();
    await other.close();
  });

  it('"Mehr erfahren" opens the full catalogue entry', async () => {
    await ctx.ff.setUserSettings({ profile: 'general', language: 'de' });
    const page = await ctx.ff.open(ctx.ff.site('web.whatsapp.com/'));
    await eventually(() => bannerCount(page)).toBe(1);
    await clickInBanner(ctx.ff, page, '[data-action="learn-more"]');
    const details = await ctx.ff.findPage(
      (href) => href === ctx.ff.extensionUrl('catalogue.html#tool=whatsapp'),
    );
    await eventually(() =>
      details.$eval('article.entry.is-selected', (el) => el.getAttribute('data-tool')).catch(() => null),
    ).toBe('whatsapp');
    await details.screenshot({ path: artifactPath('firefox-catalogue-whatsapp.png') });
    await details.close();
    await page.close();
  });

  it('its popup names the current site, what holds there and the active profile', async () => {
    await ctx.ff.setUserSettings({ profile: 'nrw', language: 'de' });
    const url = ctx.ff.site('us02web.zoom.us/j/123456789');
    const expected = expectedBanner('https://us02web.zoom.us/j/123456789', 'nrw');
    const page = await ctx.ff.open(url);
    await eventually(() => bannerCount(page)).toBe(1);
    // The popup asks for the active tab: make the site's tab the active one of its window, then
    // open the popup in a background tab of that window and wait, by the tabs API's own events,
    // until the popup has loaded there.
    const popupUrl = ctx.ff.extensionUrl('popup.html');
    await ctx.ff.inExtension(
      async ({ site, popup }) => {
        const siteTab = (await browser.tabs.query({})).find((t) => t.url === site);
        if (siteTab?.id === undefined) throw new Error(`no tab shows ${site}`);
        await browser.tabs.update(siteTab.id, { active: true });
        const loaded = new Promise<void>((resolvePromise) => {
          const listener = (tabId: number, _: unknown, tab: { status?: string; url?: string }) => {
            if (tabId !== created || tab.status !== 'complete' || tab.url !== popup) return;
            browser.tabs.onUpdated.removeListener(listener);
            resolvePromise();
          };
          let created: number | undefined;
          browser.tabs.onUpdated.addListener(listener);
          void browser.tabs
            .create({ url: popup, windowId: siteTab.windowId, active: false })
            .then(async (tab) => {
              created = tab.id;
              // It may have loaded before its id was known.
              const now = await browser.tabs.get(tab.id!);
              if (now.status === 'complete' && now.url === popup) listener(tab.id!, {}, now);
            });
        });
        await loaded;
      },
      { site: url, popup: popupUrl },
    );
    const popup = await ctx.ff.findPage((href) => href === popupUrl);
    await eventually(() =>
      popup.$eval('[data-state]', (el) => el.getAttribute('data-state')).catch(() => null),
    ).toBe('concerned');
    expect(await texts(popup, '.popup-site')).toEqual(['us02web.zoom.us']);
    expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-tool'))).toBe('zoom');
    expect(await texts(popup, '[data-state] p')).toContain(expected.summary);
    expect(await texts(popup, '[data-profile="nrw"] strong')).toEqual([expected.profileName]);
    await popup.close();
    await page.close();
  });
});

describe("Firefox with the organisation's settings in managed storage, structured values as JSON strings", () => {
  // Group Policy (the Windows registry) and some deployment tools deliver objects and lists as text.
  const extraRule = {
    id: 'telegram',
    name: 'Telegram',
    category: 'messenger',
    hosts: ['telegram.org', 't.me'],
    status: 'not-approved',
    summary: 'Telegram ist in der Stadtverwaltung nicht freigegeben.',
    reasons: ['Nach der Dienstanweisung IT dürfen nur dienstlich bereitgestellte Messenger genutzt werden.'],
    document: { title: 'Dienstanweisung IT', date: '2025-03-01' },
  };
  const ctx = withFirefox({
    profile: 'bund',
    language: 'de',
    mode: 'block',
    allowContinue: true,
    organisation: JSON.stringify({ name: 'Stadtverwaltung Beispiel' }),
    extraRules: JSON.stringify([extraRule]),
    modeByRule: JSON.stringify({ telegram: 'inform' }),
  });

  it('reads every setting without a problem', async () => {
    const report = await diagnostics(ctx.ff);
    expect(report.problems).toEqual([]);
    expect(report.organisationRules).toEqual(['telegram']);
    const fromOrganisation = report.rows
      .filter((row) => row.origin === 'organisation')
      .map((row) => row.setting);
    expect(fromOrganisation.sort()).toEqual([
      'allowContinue',
      'extraRules',
      'language',
      'mode',
      'modeByRule',
      'organisation',
      'profile',
    ]);
  });

  it('in block mode never loads the site: Firefox redirects to the block page, which says why', async () => {
    const before = site.requests.filter((r) => r.host === 'web.whatsapp.com').length;
    const url = ctx.ff.site('web.whatsapp.com/send?phone=491701234567');
    const expected = expectedBanner('https://web.whatsapp.com/send?phone=491701234567', 'bund');
    const page = await ctx.ff.open(ctx.ff.site('www.example.org/'));
    // As a link would; BiDi cannot follow a navigation into an extension page, so the test polls.
    await startNavigation(page, url);
    const blockedAt = await waitForDocument(page, (href) =>
      href.startsWith(ctx.ff.extensionUrl('blocked.html')),
    );
    expect(decodeURIComponent(new URL(blockedAt).hash.slice(1))).toBe(url);
    await eventually(() =>
      page.$eval('section.lp', (el) => el.getAttribute('data-tool')).catch(() => null),
    ).toBe('whatsapp');
    expect(await texts(page, 'h1')).toEqual([uiText('de').blockedHeading]);
    expect(await texts(page, 'section.lp .lp-summary')).toEqual([expected.summary]);
    expect((await texts(page, 'section.lp .lp-alternatives li')).length).toBeGreaterThan(0);
    expect(site.requests.filter((r) => r.host === 'web.whatsapp.com').length).toBe(before);
    await page.screenshot({ path: artifactPath('firefox-blocked-whatsapp.png') });
    await page.close();
  });

  it('in block mode lets the user continue where the organisation allows it, in this tab only', async () => {
    const url = ctx.ff.site('web.whatsapp.com/');
    const blockPage = (href: string) => href.startsWith(ctx.ff.extensionUrl('blocked.html'));
    const page = await ctx.ff.open(ctx.ff.site('www.example.org/'));
    await startNavigation(page, url);
    await waitForDocument(page, blockPage);
    await page.waitForSelector('[data-action="continue"]');
    // An allow rule for this tab (declarativeNetRequest session rule with tabIds), then the site itself.
    await page.click('[data-action="continue"]');
    await waitForDocument(page, (href) => href === url);
    expect(await texts(page, '#site')).toEqual(['web.whatsapp.com/']);
    const other = await ctx.ff.open(ctx.ff.site('www.example.org/'));
    await startNavigation(other, url);
    expect(blockPage(await waitForDocument(other, blockPage))).toBe(true);
    await other.close();
    await page.close();
  });

  it("in block mode leaves a service's information pages and unrelated sites alone", async () => {
    const info = await ctx.ff.open(ctx.ff.site('www.whatsapp.com/'));
    await eventually(() => bannerAttribute(ctx.ff, info, 'data-mode')).toBe('inform');
    expect(await info.evaluate(() => location.href)).toBe(ctx.ff.site('www.whatsapp.com/'));
    await info.close();
    const other = await ctx.ff.open(ctx.ff.site('www.example.org/'));
    await expectNoBanner(other);
    expect(await other.evaluate(() => location.href)).toBe(ctx.ff.site('www.example.org/'));
    await other.close();
  });

  it('warns on a domain only its extra rule names, in the mode set for that rule, citing the organisation', async () => {
    const page = await ctx.ff.open(ctx.ff.site('web.telegram.org/k/'));
    await eventually(() => bannerAttribute(ctx.ff, page, 'data-tool')).toBe('telegram');
    expect(await bannerAttribute(ctx.ff, page, 'data-mode')).toBe('inform');
    await openPanel(await lp(ctx.ff, page), 'why');
    expect(await bannerTexts(ctx.ff, page, '.lp-summary')).toEqual([extraRule.summary]);
    expect(await bannerTexts(ctx.ff, page, '.lp-source > summary')).toEqual([
      'Quelle: Stadtverwaltung Beispiel, 1. März 2025',
    ]);
    await page.close();
    const lookalike = await ctx.ff.open(ctx.ff.site('telegram.org.example.net/'));
    await expectNoBanner(lookalike);
    await lookalike.close();
  });

  it("registers the banner script for that domain with Firefox's scripting API", async () => {
    const scripts = await ctx.ff.inExtension(
      () => browser.scripting.getRegisteredContentScripts(),
      undefined,
    );
    expect(scripts.map((s) => [s.id, [...(s.matches ?? [])].sort()])).toEqual([
      ['leitplanke-organisation-rules', ['*://*.t.me/*', '*://*.telegram.org/*']],
    ]);
  });
});
