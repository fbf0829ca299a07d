/**
 * The policy editor as an admin uses it, in real Chromium: fill the form,
 * export the Linux policy file (a real download), install that file as
 * machine policy, restart the browser — and the banner on a catalogued host
 * and on the organisation's own host shows exactly that policy.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID } from '../../core/extension-ids';
import { artifactPath } from './support/artifacts';
import { expectedBanner } from './support/expected';
import { type ExtensionBrowser, launchWithExtension, notice } from './support/extension-browser';
import { openPage } from './support/pages';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(async () => {
  await site?.close();
});

/** Other suites on this machine may hold the browser lock (support/browser-lock.ts) for minutes. */
const LOCK_WAIT = 600_000;
const ORGANISATION = 'Kreisverwaltung Beispielstadt';
const ORG_HOST = 'chat.kreis-beispiel.example';
const RULE = {
  id: 'kreis-chat',
  name: 'Alter Kreis-Chat',
  category: 'messenger',
  hosts: [ORG_HOST],
  level: 'warn',
  status: 'not-approved',
  summary: 'Der alte Kreis-Chat ist nicht mehr freigegeben.',
  reasons: ['Die Dienstanweisung IT lässt nur den neuen Messenger zu.'],
};

async function axeSerious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

describe('the policy editor', () => {
  let exported = '';

  describe('composing and exporting', () => {
    let b: ExtensionBrowser;
    let page: Page;
    beforeAll(async () => {
      b = await launchWithExtension(site.port);
      page = await b.context.newPage();
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.goto(b.extensionUrl('policy-editor.html'));
      await page.locator('#policy-form section').first().waitFor();
    }, LOCK_WAIT);
    afterAll(async () => {
      await b?.close();
    });

    it('is linked from the options and the diagnostics page', async () => {
      for (const from of ['options.html', 'diagnostics.html']) {
        const other = await b.context.newPage();
        await other.goto(b.extensionUrl(from));
        const href = await other
          .locator('#open-policy-editor')
          .evaluate((a) => (a as HTMLAnchorElement).href);
        expect(href, from).toBe(b.extensionUrl('policy-editor.html'));
        await other.close();
      }
    });

    it('is axe-clean with the empty form', async () => {
      expect(await axeSerious(page)).toEqual([]);
    });

    it("validates as the admin types, with the extension's own messages, and blocks export until valid", async () => {
      await page.locator('#f-organisation-colour').fill('blau');
      const error = page.locator('#f-organisation-colour-error');
      await expect
        .poll(() => error.innerText())
        .toBe('organisation.colour – Erwartet: a colour like "#004b87"; Gefunden: "blau"');
      expect(await page.locator('#f-organisation-colour').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('button[data-artefact="chrome-linux"]').isDisabled()).toBe(true);
      await page.locator('#f-organisation-colour').fill('');
      await expect.poll(() => error.innerText()).toBe('');
    });

    it('builds the policy from profile, mode, organisation and an extra rule, and previews it', async () => {
      await page.locator('#f-profile').selectOption('hessen');
      await page.locator('#f-mode').selectOption('acknowledge');
      await page.locator('#f-organisation-name').fill(ORGANISATION);
      // Keyboard only: the add button focuses the new rule's first field.
      await page.locator('#f-extraRules-add').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-extraRules-0-id');
      await page.keyboard.type(RULE.id);
      await page.locator('#f-extraRules-0-name').fill(RULE.name);
      await page.locator('#f-extraRules-0-category').selectOption(RULE.category);
      await page.locator('#f-extraRules-0-hosts-0').fill(ORG_HOST);
      await page.locator('#f-extraRules-0-level').selectOption(RULE.level);
      await page.locator('#f-extraRules-0-status').selectOption(RULE.status);
      await page.locator('#f-extraRules-0-summary').fill(RULE.summary);
      await page.locator('#f-extraRules-0-reasons-0').fill(RULE.reasons[0]!);
      await expect
        .poll(() => page.locator('#problems [data-problems]').getAttribute('data-problems'))
        .toBe('0');

      const preview = page.locator('#preview section.lp');
      await expect.poll(() => preview.getAttribute('data-tool')).toBe('whatsapp');
      expect(await preview.getAttribute('data-mode')).toBe('acknowledge');
      expect(await preview.locator('.lp-eyebrow').innerText()).toBe(
        `Leitplanke · Hinweis von ${ORGANISATION} · Profil: Landesverwaltung Hessen`,
      );
      await page.locator('#preview-tool').selectOption(RULE.id);
      await expect.poll(() => preview.getAttribute('data-tool')).toBe(RULE.id);
      expect(await preview.locator('.lp-summary').innerText()).toBe(RULE.summary);
      await page.locator('#preview-view').selectOption('block');
      await expect
        .poll(() => page.locator('#preview h1').innerText())
        .toBe('Diese Seite wurde nicht geöffnet');
      await page.locator('#preview-view').selectOption('configured');
      await page.locator('#preview-tool').selectOption('whatsapp');
      await expect.poll(() => preview.getAttribute('data-tool')).toBe('whatsapp');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ animations: 'disabled', path: artifactPath('policy-editor.png') });
      expect(await axeSerious(page)).toEqual([]);
    });

    it('edits a map entry by entry, and removes it again', async () => {
      await page.locator('#f-modeByStatus-add').click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('f-modeByStatus-prohibited-key');
      await page.locator('#f-modeByStatus-prohibited-key').selectOption('caution');
      await expect.poll(() => page.locator('#f-modeByStatus-caution').count()).toBe(1);
      await page.locator('#f-modeByStatus-caution').selectOption('reason');
      await page.getByRole('button', { name: 'Eintrag 1 entfernen: Modus je Status (modeByStatus)' }).click();
      await expect.poll(() => page.locator('#f-modeByStatus-caution').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-modeByStatus-add');
    });

    it('exports the Linux policy file as a download', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('button[data-artefact="chrome-linux"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe('leitplanke-chrome.json');
      exported = readFileSync((await download.path())!, 'utf8');
      expect(JSON.parse(exported)).toEqual({
        '3rdparty': {
          extensions: {
            [CHROMIUM_EXTENSION_ID]: {
              // Every generated policy names the settings it sets (issue 11 item 2: none lost in silence).
              configuredSettings: ['profile', 'mode', 'organisation', 'extraRules'],
              profile: 'hessen',
              mode: 'acknowledge',
              organisation: { name: ORGANISATION },
              extraRules: [RULE],
            },
          },
        },
      });
    });
  });

  // One browser for the three blocks below (the file is opened in it too); each test opens its own tab.
  describe('sharing one browser', () => {
    let b: ExtensionBrowser;
    beforeAll(async () => {
      b = await launchWithExtension(site.port);
    }, LOCK_WAIT);
    afterAll(async () => {
      await b?.close();
    });

    describe('opening an existing policy', () => {
      it('reads a .reg file into the form, validated', async () => {
        const page = await b.context.newPage();
        await page.goto(b.extensionUrl('policy-editor.html'));
        const reg = resolve(import.meta.dirname, '../../docs/admin/templates/leitplanke.reg');
        // The template's first key (Chrome) and the values it sets: what the editor opens.
        const [, firstKey] = readFileSync(reg, 'utf8').split(/^\[HKEY_[^\]]*\]$/m);
        const settings = firstKey!.split('\n').filter((line) => line.startsWith('"')).length;
        expect(settings).toBeGreaterThanOrEqual(12);
        await page.locator('#import-file').setInputFiles(reg);
        await expect
          .poll(() => page.locator('#import-status').innerText())
          .toMatch(new RegExp(`^leitplanke\\.reg geöffnet: ${settings} Einstellung\\(en\\)\\. `));
        expect(await page.locator('#f-organisation-name').inputValue()).toBe('Ministerium für Beispiel NRW');
        expect(await page.locator('#f-extraRules-0-id').inputValue()).toBe('telegram');
        expect(await page.locator('#problems [data-problems]').getAttribute('data-problems')).toBe('0');
        await page.close();
      });
    });

    describe('fields an imported file has but the schema does not', () => {
      it('are named as problems and can be removed', async () => {
        const page = await b.context.newPage();
        await page.goto(b.extensionUrl('policy-editor.html'));
        const policy = { organisation: { name: 'Amt', color: '#004b87' }, Profile: 'nrw' };
        await page.locator('#import-file').setInputFiles({
          name: 'typo.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(policy)),
        });
        await expect
          .poll(() => page.locator('#problems [data-problems]').getAttribute('data-problems'))
          .toBe('2');
        await page.getByRole('button', { name: 'Unbekanntes Feld Profile entfernen' }).click();
        await page.getByRole('button', { name: 'Unbekanntes Feld organisation.color entfernen' }).click();
        await expect
          .poll(() => page.locator('#problems [data-problems]').getAttribute('data-problems'))
          .toBe('0');
        expect(await page.locator('#f-organisation-name').inputValue()).toBe('Amt');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-organisation-name');
        await page.close();
      });
    });

    describe('as a file, without the extension', () => {
      it('opens from disk and exports a configuration profile', async () => {
        const file = resolve(import.meta.dirname, '../../.output/leitplanke-richtlinien-editor.html');
        expect(existsSync(file), 'run `npm run build` first').toBe(true);
        const page = await b.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(pathToFileURL(file).href);
        await page.locator('#f-organisation-name').fill(ORGANISATION);
        await expect
          .poll(() => page.frameLocator('#preview iframe.strip').locator('.lp-eyebrow').innerText())
          .toContain(ORGANISATION);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.locator('button[data-artefact="firefox-mobileconfig"]').click(),
        ]);
        const profile = readFileSync((await download.path())!, 'utf8');
        expect(profile).toContain(`<string>${ORGANISATION}</string>`);
        expect(errors).toEqual([]);
        await page.close();
      });
    });
  });

  describe('the exported file, installed as machine policy', () => {
    let b: ExtensionBrowser;
    beforeAll(async () => {
      expect(exported).not.toBe('');
      b = await launchWithExtension(site.port, { managedPolicyFile: exported });
    }, LOCK_WAIT);
    afterAll(async () => {
      await b?.close();
    });

    it('gives a catalogued host its profile, mode and organisation', async () => {
      const url = 'https://web.whatsapp.com/';
      const expected = expectedBanner(url, 'hessen');
      const page = await openPage(b.context, url);
      const lp = (await notice(page)).root;
      await expect.poll(() => lp.getAttribute('data-tool')).toBe('whatsapp');
      expect(await lp.getAttribute('data-mode')).toBe('acknowledge');
      expect(await lp.getAttribute('role')).toBe('dialog');
      expect(await lp.locator('.lp-eyebrow').innerText()).toBe(
        `Leitplanke · Hinweis von ${ORGANISATION} · Profil: ${expected.profileName}`,
      );
      expect(await lp.locator('.lp-summary').innerText()).toBe(expected.summary);
      await page.close();
    });

    it("warns on the organisation's own host with its own rule", async () => {
      const page = await openPage(b.context, `https://${ORG_HOST}/raum/42`);
      const lp = (await notice(page)).root;
      await expect.poll(() => lp.getAttribute('data-tool')).toBe(RULE.id);
      expect(await lp.getAttribute('data-mode')).toBe('acknowledge');
      expect(await lp.locator('.lp-summary').innerText()).toBe(RULE.summary);
      expect(await lp.locator('.lp-eyebrow').innerText()).toContain(`Hinweis von ${ORGANISATION}`);
      await page.close();
    });
  });
});
