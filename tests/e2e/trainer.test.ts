/**
 * What trainers use, in real Chromium: the catalogue page (search, filters,
 * deep links, sources, large type, 320 px), the printable A4 handout, the
 * walkthrough, and demonstrations from the real toolbar popup — on an
 * unrelated page, without a trace afterwards, switched off by managed policy.
 *
 * The popup is the real toolbar popup: the service worker opens it with
 * `chrome.action.openPopup()` for the active tab, and the test drives it over
 * the DevTools protocol (Playwright does not list extension popups as pages).
 * So "the current tab" is what it is for a trainer, not a test parameter.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BannerModel } from '../../core/notice/banner-model';
import { filterEntries } from '../../core/trainer/catalogue-filter';
import { createCatalogueLookup } from '../../core/catalogue/catalogue-lookup';
import { DEMO_MESSAGE } from '../../core/trainer/demo-message';
import { toolEntry } from '../../core/catalogue/tool-entry';
import { uiText } from '../../core/ui-text';
import { artifactPath } from './support/artifacts';
import { compiledCatalogue, expectedBanner } from './support/expected';
import {
  banner,
  type ExtensionBrowser,
  launchWithExtension,
  setUserSettings,
} from './support/extension-browser';
import { watchNetwork } from './support/network-watch';
import { openPage as openPageIn } from './support/pages';
import { openToolbarPopup } from './support/toolbar-popup';
import { startTestSite, type TestSite } from './support/tls-server';

const de = uiText('de');
const en = uiText('en');
const tools = compiledCatalogue.tools;
/** Another suite may hold the machine-wide browser lock (see support/browser-lock.ts) for a while. */
const LAUNCH_TIMEOUT = 600_000;

let site: TestSite;

beforeAll(async () => {
  site = await startTestSite();
});

afterAll(async () => {
  await site?.close();
});

// --- helpers -------------------------------------------------------------

const openPage = (b: ExtensionBrowser, url: string): Promise<Page> => openPageIn(b.context, url);

async function openCatalogue(b: ExtensionBrowser, fragment = ''): Promise<Page> {
  const page = await openPage(b, b.extensionUrl(`catalogue.html${fragment}`));
  // Right after browser start, managed storage takes a few seconds to answer; the page waits for the policy in force.
  await expect.poll(() => page.locator('article.entry').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return page;
}

/** What the page's search should find in the bundled catalogue (German). */
function searchResults(query: string): string[] {
  const lookup = createCatalogueLookup(compiledCatalogue);
  return filterEntries(
    tools.map((tool) => toolEntry(lookup, tool, 'de')),
    { query },
  ).map((e) => e.id);
}

/** Ids of the entries a reader sees. */
function visibleTools(page: Page): Promise<string[]> {
  return page
    .locator('article.entry:visible')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.tool!));
}

/** Everything a page shows and carries, to compare before and after a demonstration. */
function pageState(page: Page) {
  return page.evaluate(() => ({ html: document.documentElement.outerHTML, scrollY, title: document.title }));
}

/** The PDF's text in the order it was laid out (poppler's pdftotext), whitespace folded, line-end hyphens joined. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' })
    .replace(/-\n\s*/g, '-')
    .replace(/\s+/g, ' ');
}

function pdfPageSizes(path: string): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', path], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+(.+)/g)].map((m) => m[1]!.trim());
}

async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${label}: ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    ),
  ).toEqual([]);
}

// --- without organisation settings ------------------------------------------

describe('for trainers, with the bundled catalogue', () => {
  let b: ExtensionBrowser;
  let network: ReturnType<typeof watchNetwork>;

  beforeAll(async () => {
    b = await launchWithExtension(site.port);
    network = watchNetwork(b.context);
    await setUserSettings(b.worker, { profile: 'general' });
  }, LAUNCH_TIMEOUT);

  afterAll(async () => {
    await b?.close();
  });

  describe('the catalogue page', () => {
    it("lists every tool of the active policy with each jurisdiction's statement", async () => {
      const page = await openCatalogue(b);
      expect(await visibleTools(page)).toEqual(tools.map((t) => t.id));
      expect(await page.locator('#cat-count').innerText()).toBe(
        de.catalogueCount(tools.length, tools.length),
      );
      expect(await page.locator('#cat-count').getAttribute('role')).toBe('status');
      for (const tool of tools) {
        const entry = page.locator(`article.entry[data-tool="${tool.id}"]`);
        expect(await entry.locator('h2').innerText()).toBe(tool.name);
        expect(await entry.locator('.entry-verdict').count()).toBe(Object.keys(tool.verdicts).length);
      }
      // The statement that applies to the active profile comes first, with its cited points and alternatives.
      const whatsapp = expectedBanner('https://web.whatsapp.com/', 'general');
      const first = page.locator('article.entry[data-tool="whatsapp"] .entry-verdict').first();
      expect(await first.getAttribute('data-profile')).toBe('general');
      expect(await first.locator('.lp-point > p:first-child').allInnerTexts()).toEqual(
        whatsapp.points.map((p) => p.text),
      );
      expect(await first.locator('.lp-alternatives li').count()).toBe(whatsapp.alternatives.length);
      await page.screenshot({ animations: 'disabled', path: artifactPath('catalogue.png') });
      await page.close();
    });

    it('narrows the list by search, jurisdiction, category and status, and announces the count', async () => {
      const page = await openCatalogue(b);
      const count = page.locator('#cat-count');
      const search = page.getByRole('searchbox', { name: de.catalogueSearch });
      // WhatsApp itself, and the tools whose rationale mentions it.
      await search.fill('whatsapp');
      const whatsapp = searchResults('whatsapp');
      expect(whatsapp).toContain('whatsapp');
      expect(whatsapp).not.toContain('zoom');
      expect(await visibleTools(page)).toEqual(whatsapp);
      expect(await count.innerText()).toBe(de.catalogueCount(whatsapp.length, tools.length));
      // Addresses and rationale are searched too.
      await search.fill('wetransfer.com');
      expect(await visibleTools(page)).toEqual(['private-cloud-storage']);
      await search.fill('Metadaten');
      expect(await visibleTools(page)).toEqual(searchResults('Metadaten'));
      expect(await visibleTools(page)).toContain('whatsapp');
      await search.fill('');

      await page.getByLabel(de.catalogueFilterCategory).selectOption('video-conferencing');
      expect(await visibleTools(page)).toEqual(
        tools.filter((t) => t.category === 'video-conferencing').map((t) => t.id),
      );

      await page.getByLabel(de.catalogueFilterCategory).selectOption('');
      await page.getByLabel(de.catalogueFilterProfile).selectOption('hessen');
      const hessen = tools.filter((t) => t.verdicts.hessen);
      expect(await visibleTools(page)).toEqual(hessen.map((t) => t.id));
      // Only Hessen's own statement is shown then.
      expect(
        await page
          .locator('article.entry:visible .entry-verdict:visible')
          .evaluateAll((n) => n.map((x) => (x as HTMLElement).dataset.profile)),
      ).toEqual(hessen.map(() => 'hessen'));

      await page.getByLabel(de.catalogueFilterStatus).selectOption('prohibited');
      const prohibited = hessen.filter((t) => t.verdicts.hessen!.status === 'prohibited').map((t) => t.id);
      expect(prohibited.length).toBeGreaterThan(0);
      expect(await visibleTools(page)).toEqual(prohibited);
      expect(await count.innerText()).toBe(de.catalogueCount(prohibited.length, tools.length));

      await search.fill('keinsolcherdienst');
      expect(await visibleTools(page)).toEqual([]);
      expect(await page.getByText(de.catalogueNoResults).isVisible()).toBe(true);

      await page.getByRole('button', { name: de.catalogueFilterReset }).click();
      expect(await visibleTools(page)).toHaveLength(tools.length);
      await page.close();
    });

    it('opens the entry a deep link names, even when a filter was hiding it', async () => {
      const page = await openCatalogue(b, '#tool=dropbox');
      const selected = page.locator('article.entry.is-selected');
      await expect.poll(() => selected.getAttribute('data-tool')).toBe('dropbox');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.tool)).toBe(
        'dropbox',
      );
      expect(await selected.isVisible()).toBe(true);

      await page.getByLabel(de.catalogueFilterCategory).selectOption('social-media');
      expect(await visibleTools(page)).not.toContain('zoom');
      await page.evaluate(() => {
        location.hash = '#tool=zoom';
      });
      await expect.poll(() => selected.getAttribute('data-tool')).toBe('zoom');
      expect(await page.locator('article.entry[data-tool="zoom"]').isVisible()).toBe(true);
      expect(
        await page
          .locator('article.entry[data-tool="zoom"]')
          .boundingBox()
          .then((box) => box!.y),
      ).toBeLessThan(800);
      await page.close();
    });

    it('lists every source with issuer, date, identifiers, link, and the tools and points it supports', async () => {
      const page = await openCatalogue(b, '#sources');
      const sources = page.locator('li.source');
      await expect.poll(() => sources.count()).toBe(compiledCatalogue.sources.length);
      expect(await page.locator('#view-tools').isHidden()).toBe(true);
      expect(
        await page.getByRole('link', { name: de.catalogueViewSources }).getAttribute('aria-current'),
      ).toBe('page');

      const circular = compiledCatalogue.sources.find((s) => s.id === 'bfdi-whatsapp-circular-2020')!;
      const item = page.locator('li.source[data-source="bfdi-whatsapp-circular-2020"]');
      expect(await item.locator('h3').innerText()).toBe(`${circular.issuer.de}: ${circular.title}`);
      expect(await item.locator('a', { hasText: de.openDocument }).getAttribute('href')).toBe(circular.url);
      const citing = tools.flatMap((t) =>
        Object.values(t.verdicts).flatMap((v) =>
          v!.points.filter((p) => p.source === circular.id).map(() => t.id),
        ),
      );
      expect(await item.locator('.source-citations').first().locator('li').count()).toBe(citing.length);
      // A citation leads to its entry.
      await item.locator('.source-citations a').first().click();
      await expect
        .poll(() => page.locator('article.entry.is-selected').getAttribute('data-tool'))
        .toBe(citing[0]);

      expect(await page.evaluate(() => location.hash)).toBe(`#tool=${citing[0]}`);
      const judgment = compiledCatalogue.sources.find((s) => s.id === 'vg-koeln-13-k-1419-23')!;
      await page.goto(b.extensionUrl('catalogue.html#sources'));
      expect(
        await page.locator('li.source[data-source="vg-koeln-13-k-1419-23"] .lp-facts').innerText(),
      ).toContain(judgment.identifiers[0]!);
      await page.screenshot({ animations: 'disabled', path: artifactPath('catalogue-sources.png') });
      await page.close();
    });

    it('is readable on a projector ("Große Schrift") and in a 320 px window', async () => {
      const page = await openCatalogue(b);
      const heading = page.locator('h1');
      const normal = (await heading.boundingBox())!.height;
      const toggle = page.getByRole('button', { name: de.largeType });
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect((await heading.boundingBox())!.height).toBeGreaterThan(normal * 1.3);
      await page.screenshot({ animations: 'disabled', path: artifactPath('catalogue-large-type.png') });
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');

      await page.setViewportSize({ width: 320, height: 720 });
      for (const fragment of ['#tools', '#sources', '#handout']) {
        await page.evaluate((f) => {
          location.hash = f;
        }, fragment);
        await page.waitForTimeout(100);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, fragment).toBeLessThanOrEqual(0);
      }
      await page.evaluate(() => {
        location.hash = '#tool=whatsapp';
      });
      await page.screenshot({ animations: 'disabled', path: artifactPath('catalogue-320px.png') });
      await page.close();
    });

    it('has no serious accessibility violations in any view', async () => {
      const page = await openCatalogue(b);
      await page.locator('article.entry[data-tool="whatsapp"] .lp-source > summary').first().click();
      await expectNoSeriousViolations(page, 'tools');
      await page.getByLabel(de.catalogueFilterCategory).selectOption('messenger');
      await expectNoSeriousViolations(page, 'tools, filtered');
      await page.getByRole('link', { name: de.catalogueViewSources }).click();
      await expectNoSeriousViolations(page, 'sources');
      await page.getByRole('link', { name: de.catalogueViewHandout }).click();
      await expectNoSeriousViolations(page, 'handout');
      await page.close();
    }, 180_000);

    it("prints the active profile's handout as a clean A4 document with every tool", async () => {
      const page = await openCatalogue(b, '#handout');
      await expect.poll(() => page.locator('.handout-row').count()).toBe(tools.length);
      await page.screenshot({ animations: 'disabled', path: artifactPath('handout-screen.png') });
      const path = artifactPath('handout-de.pdf');
      await page.pdf({ path, preferCSSPageSize: true });
      const sizes = pdfPageSizes(path);
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toContain('(A4)');
      const text = pdfText(path);
      expect(text).toContain(de.handoutTitle);
      for (const tool of tools) expect(text, tool.name).toContain(tool.name);
      // Why not, what instead, source: from the catalogue.
      const whatsapp = compiledCatalogue.tools.find((t) => t.id === 'whatsapp')!.verdicts.general!;
      expect(text).toContain(whatsapp.summary.de);
      expect(text).toContain(
        compiledCatalogue.alternatives.find((a) => a.id === whatsapp.alternatives[0]!.id)!.name,
      );
      expect(text).toContain(
        compiledCatalogue.sources.find((s) => s.id === whatsapp.points[0]!.source)!.title,
      );
      // No controls on paper.
      for (const control of [
        de.print,
        de.printHint,
        de.handoutProfile,
        de.largeType,
        de.pageLanguage,
        de.walkthroughOpen,
      ]) {
        expect(text, control).not.toContain(control);
      }
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '100',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        path,
        artifactPath('handout-page1'),
      ]);
      await page.close();
    });

    it('prints the handout in English and for another profile when the trainer switches', async () => {
      const page = await openCatalogue(b, '#handout');
      await page.getByLabel(de.pageLanguage).selectOption('en');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.getByLabel(en.handoutProfile).selectOption('hessen');
      expect(await page.evaluate(() => location.hash)).toBe('#handout&profile=hessen&lang=en');
      const path = artifactPath('handout-en-hessen.pdf');
      await page.pdf({ path, preferCSSPageSize: true });
      const text = pdfText(path);
      expect(text).toContain(en.handoutTitle);
      expect(text).toContain(
        en.profileLine(compiledCatalogue.profiles.find((p) => p.id === 'hessen')!.name.en),
      );
      expect(text).toContain(
        compiledCatalogue.tools.find((t) => t.id === 'whatsapp')!.verdicts.hessen!.summary.en,
      );
      for (const tool of tools) expect(text, tool.name).toContain(tool.name);
      await page.close();
    });

    it("prints the full catalogue with every source's wording", async () => {
      const page = await openCatalogue(b);
      const path = artifactPath('catalogue.pdf');
      await page.pdf({ path, preferCSSPageSize: true });
      const text = pdfText(path);
      for (const size of pdfPageSizes(path)) expect(size).toContain('(A4)');
      const point = compiledCatalogue.tools.find((t) => t.id === 'tiktok')!.verdicts.general!.points[0]!;
      // Quotes sit in closed disclosures on screen; on paper they are printed.
      expect(text).toContain(point.quote.replace(/\s+/g, ' ').slice(0, 40));
      expect(text).not.toContain(de.catalogueFilterReset);
      await page.close();
    });
  });

  it('is reachable from the options page: catalogue and walkthrough', async () => {
    const page = await openPage(b, b.extensionUrl('options.html'));
    await page.getByRole('heading', { name: de.trainersHeading }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('link', { name: de.popupOpenCatalogue }).getAttribute('href')).toBe(
      'catalogue.html',
    );
    const [walkthrough] = await Promise.all([
      b.context.waitForEvent('page'),
      page.getByRole('link', { name: de.walkthroughOpen }).click(),
    ]);
    await walkthrough.waitForLoadState();
    expect(walkthrough.url()).toBe(b.extensionUrl('walkthrough.html'));
    await walkthrough.close();
    await page.close();
  });

  describe('the walkthrough', () => {
    it("steps through situation, notice, why, alternative and help, with the catalogue's content", async () => {
      const page = await openPage(b, b.extensionUrl('walkthrough.html'));
      const expected = expectedBanner('https://web.whatsapp.com/', 'general');
      const step = page.locator('section.wt-step');
      await expect.poll(() => step.getAttribute('data-step'), { timeout: 15_000 }).toBe('situation');
      expect(await step.getAttribute('data-tool')).toBe('whatsapp');
      expect(await step.innerText()).toContain(
        de.walkthroughSituation(expected.partLabel, 'web.whatsapp.com'),
      );
      expect(await page.locator('[aria-current="step"]').innerText()).toContain(
        de.walkthroughStepNames.situation,
      );

      await page.getByRole('button', { name: de.walkthroughNext }).click();
      await expect.poll(() => step.getAttribute('data-step')).toBe('banner');
      // Focus moves to the new step's heading.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('wt-step-title');
      const shown = page.locator('.wt-viewport section.lp');
      expect(await shown.getAttribute('class')).toContain('lp--demo');
      expect(await shown.locator('.lp-eyebrow').innerText()).toContain(de.demoLabel);
      expect(await shown.locator('.lp-summary').innerText()).toBe(expected.summary);
      await page.screenshot({ animations: 'disabled', path: artifactPath('walkthrough-banner.png') });

      await page.keyboard.press('PageDown');
      await expect.poll(() => step.getAttribute('data-step')).toBe('why');
      expect(await step.locator('.lp-point > p:first-child').allInnerTexts()).toEqual(
        expected.points.map((p) => p.text),
      );
      expect(await step.locator('blockquote').first().innerText()).toBe(`„${expected.points[0]!.quote}“`);

      await page.getByRole('button', { name: de.walkthroughNext }).click();
      await expect.poll(() => step.getAttribute('data-step')).toBe('alternative');
      expect(await step.locator('.lp-alternatives li').count()).toBe(expected.alternatives.length);

      await page.getByRole('button', { name: de.walkthroughNext }).click();
      await expect.poll(() => step.getAttribute('data-step')).toBe('help');
      expect(await step.innerText()).toContain(de.walkthroughNoContacts);
      expect(await step.getByRole('link', { name: `WhatsApp – ${de.learnMore}` }).getAttribute('href')).toBe(
        b.extensionUrl('catalogue.html#tool=whatsapp'),
      );
      await expectNoSeriousViolations(page, 'walkthrough');

      // Back goes back; the browser's back button too.
      await page.getByRole('button', { name: de.back }).click();
      await expect.poll(() => step.getAttribute('data-step')).toBe('alternative');
      await page.goBack();
      await expect.poll(() => step.getAttribute('data-step')).toBe('help');
      await page.close();
    });

    it('speaks English on request and shows any tool of the catalogue', async () => {
      const page = await openPage(b, b.extensionUrl('walkthrough.html#step=2'));
      await page.locator('.wt-viewport').waitFor({ timeout: 15_000 });
      await page.getByLabel(de.pageLanguage).selectOption('en');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.getByLabel(en.walkthroughTool).selectOption('zoom');
      const expected = expectedBanner('https://zoom.us/j', 'general', 'en');
      const shown = page.locator('.wt-viewport section.lp');
      await expect.poll(() => shown.getAttribute('data-tool')).toBe('zoom');
      expect(await shown.locator('.lp-summary').innerText()).toBe(expected.summary);
      expect(await page.locator('#wt-step-title').innerText()).toBe(en.walkthroughStepNames.banner);
      await page.setViewportSize({ width: 320, height: 720 });
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      await page.close();
    });
  });

  describe('a demonstration from the toolbar popup', () => {
    it('shows the real banner on an unrelated page, marked as a demonstration, and leaves no trace after "Demo beenden"', async () => {
      const requestsBefore = site.requests.length;
      const page = await openPage(b, 'https://www.example.org/');
      const before = await pageState(page);
      expect(await page.locator('leitplanke-banner').count()).toBe(0);

      const popup = await openToolbarPopup(b, page);
      expect(await popup.evaluate<string>(`document.querySelector('#demo-tool').value`)).toBe('whatsapp');
      await popup.screenshot(artifactPath('popup-demo.png'));
      await popup.evaluate(`document.querySelector('#demo-start').click()`);

      const expected = expectedBanner('https://web.whatsapp.com/', 'general');
      const lp = banner(page);
      await expect.poll(() => lp.count()).toBe(1);
      expect(await lp.getAttribute('class')).toContain('lp--demo');
      expect(await lp.locator('.lp-eyebrow').innerText()).toContain(de.demoLabel);
      expect(await lp.locator('.lp-title').innerText()).toBe(`${expected.partLabel}: ${expected.statusText}`);
      expect(await lp.locator('.lp-summary').innerText()).toBe(expected.summary);
      expect(await lp.locator('.lp-point > p:first-child').allInnerTexts()).toEqual(
        expected.points.map((p) => p.text),
      );

      await lp.getByRole('button', { name: de.demoEnd }).click();
      await expect.poll(() => page.locator('leitplanke-banner').count()).toBe(0);
      expect(await pageState(page)).toEqual(before);
      // The real services were never asked.
      const whatsappHosts = tools.find((t) => t.id === 'whatsapp')!.parts.flatMap((p) => p.hosts);
      const visited = site.requests.slice(requestsBefore).map((r) => r.host);
      expect(visited).toContain('www.example.org');
      expect(
        visited.filter((host) => whatsappHosts.some((h) => host === h || host.endsWith(`.${h}`))),
      ).toEqual([]);
      await page.close();
    });

    it('is as accessible as the real banner, "Demo beenden" included', async () => {
      const page = await openPage(b, 'https://www.example.org/');
      const popup = await openToolbarPopup(b, page);
      await popup.evaluate(`document.querySelector('#demo-start').click()`);
      await expect.poll(() => banner(page).count()).toBe(1);
      // Taken here: a screenshot leaves marks of its own on the page (`style=""`), which the no-trace test must not see.
      await page.screenshot({ animations: 'disabled', path: artifactPath('demo-banner.png') });
      await banner(page).locator('[data-action="why"]').click();
      await banner(page).locator('.lp-source > summary').first().click();
      const results = await new AxeBuilder({ page }).include('leitplanke-banner').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect(await banner(page).getByRole('button', { name: de.demoEnd }).isVisible()).toBe(true);
      await page.close();
    });

    it('ends a running demonstration from the popup too, and replaces one demonstration by the next', async () => {
      const page = await openPage(b, 'https://www.example.org/intranet');
      const before = await pageState(page);
      let popup = await openToolbarPopup(b, page);
      await popup.evaluate(
        `(() => { const s = document.querySelector('#demo-tool'); s.value = 'zoom'; s.dispatchEvent(new Event('change')); document.querySelector('#demo-start').click(); })()`,
      );
      await expect.poll(() => banner(page).getAttribute('data-tool')).toBe('zoom');

      popup = await openToolbarPopup(b, page);
      await popup.evaluate(
        `(() => { const s = document.querySelector('#demo-tool'); s.value = 'tiktok'; s.dispatchEvent(new Event('change')); document.querySelector('#demo-start').click(); })()`,
      );
      await expect.poll(() => banner(page).getAttribute('data-tool')).toBe('tiktok');
      expect(await page.locator('leitplanke-banner').count()).toBe(1);

      popup = await openToolbarPopup(b, page);
      await popup.waitFor(`document.querySelector('#demo-end')`);
      await popup.evaluate(`document.querySelector('#demo-end').click()`);
      await expect.poll(() => page.locator('leitplanke-banner').count()).toBe(0);
      expect(await pageState(page)).toEqual(before);
      await page.close();
    });

    it('offers no demonstration where the browser allows no script, and points to the walkthrough', async () => {
      const page = await openCatalogue(b);
      const popup = await openToolbarPopup(b, page);
      await popup.waitFor(`document.querySelector('#demo-unavailable')`);
      expect(await popup.evaluate<boolean>(`document.querySelector('#demo-start') === null`)).toBe(true);
      expect(await popup.evaluate<string>(`document.querySelector('#open-walkthrough').textContent`)).toBe(
        de.walkthroughOpen,
      );
      await page.close();
    });

    it('sent no network request of its own during all of the above', () => {
      expect(network.unexpected()).toEqual([]);
    });
  });
});

// --- with organisation settings ------------------------------------------------

describe("for trainers, with the organisation's settings", () => {
  let b: ExtensionBrowser;
  const policy = {
    profile: 'nrw',
    organisation: { name: 'Stadtverwaltung Musterstadt' },
    modeByRule: { zoom: 'block' },
    contacts: {
      dataProtectionOfficer: { name: 'Datenschutz Musterstadt', email: 'datenschutz@musterstadt.example' },
    },
    extraRules: [
      {
        id: 'example-chat',
        name: 'Example Chat',
        category: 'messenger',
        hosts: ['chat.example.net'],
        status: 'not-approved',
        summary: 'Example Chat ist in der Stadtverwaltung Musterstadt nicht freigegeben.',
        reasons: ['Die Dienstanweisung IT erlaubt nur dienstlich bereitgestellte Messenger.'],
        document: { title: 'Dienstanweisung IT', date: '2025-03-01' },
      },
    ],
  };

  beforeAll(async () => {
    b = await launchWithExtension(site.port, { managedPolicy: policy });
  }, LAUNCH_TIMEOUT);

  afterAll(async () => {
    await b?.close();
  });

  it("lists the organisation's own rules with the catalogue's, in the handout too", async () => {
    const page = await openCatalogue(b);
    const ids = await visibleTools(page);
    expect(ids).toHaveLength(tools.length + policy.extraRules.length);
    expect(ids).toEqual(expect.arrayContaining(['example-chat', ...tools.map((t) => t.id)]));
    const own = page.locator('article.entry[data-tool="example-chat"]');
    expect(await own.locator('.badge--organisation').innerText()).toBe(de.catalogueOrganisationRule);
    await page.getByRole('searchbox', { name: de.catalogueSearch }).fill('Dienstanweisung');
    expect(await visibleTools(page)).toEqual(['example-chat']);

    await page.getByRole('link', { name: de.catalogueViewHandout }).click();
    const path = artifactPath('handout-organisation.pdf');
    await page.pdf({ path, preferCSSPageSize: true });
    const text = pdfText(path);
    for (const name of ['Example Chat', ...tools.map((t) => t.name)]) expect(text, name).toContain(name);
    expect(text).toContain('Stadtverwaltung Musterstadt');
    expect(text).toContain('datenschutz@musterstadt.example');
    await page.close();
  });

  it('demonstrates the block page where the organisation blocks the tool, while the real block still works', async () => {
    const page = await openPage(b, 'https://www.example.org/');
    const popup = await openToolbarPopup(b, page);
    await popup.evaluate(
      `(() => { const s = document.querySelector('#demo-tool'); s.value = 'zoom'; s.dispatchEvent(new Event('change')); })()`,
    );
    expect(await popup.evaluate<string>(`document.querySelector('#demo-hint').textContent`)).toBe(
      de.demoBlockHint,
    );
    await popup.evaluate(`document.querySelector('#demo-start').click()`);

    await expect.poll(() => page.url()).toBe(b.extensionUrl('blocked.html?demo=zoom'));
    const lp = page.locator('section.lp');
    await expect.poll(() => lp.getAttribute('class'), { timeout: 15_000 }).toContain('lp--demo');
    expect(await page.locator('.demo-marker').innerText()).toBe(de.demoLabel);
    expect(await lp.locator('.lp-eyebrow').innerText()).toContain(de.demoLabel);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(de.blockedHeading);
    await page.screenshot({ animations: 'disabled', path: artifactPath('demo-block-page.png') });
    // "Zurück" returns to where the trainer was.
    await lp.getByRole('button', { name: de.back }).click();
    await expect.poll(() => page.url()).toBe('https://www.example.org/');
    expect(site.requests.some((r) => r.host.includes('zoom'))).toBe(false);

    // The real block flow is untouched: no demonstration marker there.
    await page.goto('https://us02web.zoom.us/j/123456789');
    await expect.poll(() => page.url()).toContain(b.extensionUrl('blocked.html#'));
    await expect.poll(() => page.locator('section.lp').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.demo-marker').count()).toBe(0);
    expect(await page.locator('section.lp').getAttribute('class')).not.toContain('lp--demo');
    await page.close();
  });

  it("shows the organisation's contacts in the walkthrough's last step", async () => {
    const page = await openPage(b, b.extensionUrl('walkthrough.html#step=5'));
    const step = page.locator('section.wt-step');
    await expect.poll(() => step.getAttribute('data-step'), { timeout: 15_000 }).toBe('help');
    expect(await step.innerText()).toContain(de.walkthroughHelp);
    expect(await step.getByRole('link', { name: 'datenschutz@musterstadt.example' }).count()).toBe(1);
    await page.close();
  });
});

describe('for trainers, when the organisation switches demonstrations off', () => {
  let b: ExtensionBrowser;

  beforeAll(async () => {
    b = await launchWithExtension(site.port, { managedPolicy: { demoMode: false } });
  }, LAUNCH_TIMEOUT);

  afterAll(async () => {
    await b?.close();
  });

  it('offers no demonstration in the popup, and the demonstration script refuses to show one', async () => {
    const page = await openPage(b, 'https://www.example.org/');
    const popup = await openToolbarPopup(b, page);
    expect(await popup.evaluate<boolean>(`document.querySelector('.popup-demo') === null`)).toBe(true);
    expect(await popup.evaluate<boolean>(`document.querySelector('#open-catalogue') !== null`)).toBe(true);

    // Even injected directly, the script asks the policy and refuses.
    const tabId = await b.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
    );
    const model: BannerModel = { ...expectedBanner('https://web.whatsapp.com/', 'general'), demo: true };
    const answer = await b.worker.evaluate(
      async ({ tabId: id, model: m, type }) => {
        await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/demo.js'] });
        return chrome.tabs.sendMessage(id, { type, action: 'show', model: m });
      },
      { tabId, model, type: DEMO_MESSAGE },
    );
    expect(answer).toEqual({ showing: false, refused: 'disabled' });
    await page.waitForTimeout(300);
    expect(await page.locator('leitplanke-banner').count()).toBe(0);
    await page.close();
  });
});
