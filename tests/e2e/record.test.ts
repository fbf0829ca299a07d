/**
 * Issue 12 in real Chromium with real managed policy: a reason given in
 * reason mode appears on "Meine Hinweise und Begründungen", can be exported
 * and deleted (and the notice then asks again); a changed verdict asks
 * again, once, saying what changed; the data sheet page lists every stored
 * item. Around every record operation the extension makes no request.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORED_ITEMS } from '../../core/data-sheet/stored-items';
import { artifactPath } from './support/artifacts';
import {
  type ExtensionBrowser,
  launchWithExtension,
  notice,
  setUserSettings,
} from './support/extension-browser';
import { waitForManagedPolicy, writeManagedPolicy } from './support/managed-policy';
import { watchNetwork } from './support/network-watch';
import { confirmNotice, giveReason } from './support/notice-actions';
import { expectNoBanner, openPage } from './support/pages';
import { startTestSite, type TestSite } from './support/tls-server';

const policy = {
  organisation: { name: 'Regierungspräsidium Beispiel' },
  approvalRequest: { email: 'freigabe@rp-beispiel.example' },
  modeByRule: { dropbox: 'reason' },
  acknowledgementHours: 24,
  reasonRetentionDays: 30,
};
const REASON = 'Austausch großer Baupläne mit dem Planungsbüro Müller & Partner';
const DROPBOX = 'https://www.dropbox.com/home';

let site: TestSite;
let browser: ExtensionBrowser;
let network: ReturnType<typeof watchNetwork>;

beforeAll(async () => {
  site = await startTestSite();
  browser = await launchWithExtension(site.port, { managedPolicy: policy });
  network = watchNetwork(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const open = (url: string): Promise<Page> => openPage(browser.context, url);

async function openRecord(): Promise<Page> {
  const page = await open(browser.extensionUrl('record.html'));
  await expect.poll(() => page.locator('#record-count').innerText()).not.toBe('');
  return page;
}

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('Meine Hinweise und Begründungen', () => {
  it('shows the reason given, exports it, deletes it, and the notice asks again', async () => {
    const tab = await open(DROPBOX);
    await giveReason(tab, REASON);

    // Reached from the options page, as users find it.
    const options = await open(browser.extensionUrl('options.html'));
    const [record] = await Promise.all([
      browser.context.waitForEvent('page'),
      options.locator('#open-record').click(),
    ]);
    await expect.poll(() => record.locator('#record-count').innerText()).toBe('1 Eintrag');
    await options.close();
    const entry = record.locator('.record-entry');
    expect(await entry.getAttribute('data-kind')).toBe('reason');
    expect(await entry.locator('h3').innerText()).toBe('Dropbox – www.dropbox.com');
    expect(await entry.locator('blockquote').innerText()).toBe(REASON);
    const facts = await entry.locator('dl').innerText();
    expect(facts).toContain('Hinweis bestätigt, mit Begründung');
    expect(facts).toContain('Begründung');
    expect(facts).toMatch(/Gilt\s+bis \d/);
    expect(await record.locator('#retention').innerText()).toBe(
      'Begründungen bleiben 30 Tage gespeichert (festgelegt von Regierungspräsidium Beispiel), danach werden sie gelöscht.',
    );
    await expectAccessible(record);
    await record.screenshot({
      animations: 'disabled',
      path: artifactPath('record-page.png'),
      fullPage: true,
    });

    const [download] = await Promise.all([
      record.waitForEvent('download'),
      entry.locator('[data-action="export"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^leitplanke-eintrag-\d{4}-\d{2}-\d{2}\.txt$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toMatch(/^Leitplanke – Eintrag vom /);
    expect(exported).toContain('Website: www.dropbox.com\nDienst: Dropbox\nModus: Begründung');
    expect(exported).toContain(`Begründung:\n${REASON}\n`);
    expect(await record.locator('#record-status').innerText()).toBe('Als Datei exportiert.');

    // Deleting by keyboard: the entry goes, focus lands on the list's heading.
    await entry.locator('[data-action="delete"]').focus();
    await record.keyboard.press('Enter');
    await expect
      .poll(() => record.locator('#record-count').innerText())
      .toBe('Auf diesem Gerät ist nichts über Ihre Entscheidungen gespeichert.');
    expect(await record.locator('.record-entry').count()).toBe(0);
    expect(await record.evaluate(() => document.activeElement?.id)).toBe('record-count');
    expect(await record.locator('#record-status').innerText()).toBe('Gelöscht.');

    // The confirmation is gone with it: the notice asks again.
    await tab.reload();
    const lp = (await notice(tab)).root;
    await expect.poll(() => lp.getAttribute('data-mode')).toBe('reason');
    expect(await lp.locator('.lp-changed').count()).toBe(0);
    await tab.close();
    await record.close();
    expect(network.unexpected()).toEqual([]);
  });

  it('deletes all entries after asking, and speaks English when the user chose it', async () => {
    const tab = await open(DROPBOX);
    await giveReason(tab, REASON);
    await setUserSettings(browser.worker, { language: 'en' });
    const record = await openRecord();
    expect(await record.locator('h1').innerText()).toBe('My notices and reasons');
    expect(await record.locator('.record-entry dl').innerText()).toContain('Notice confirmed, with a reason');
    await record.locator('#delete-all').click();
    expect(await record.locator('#delete-all-confirm').isVisible()).toBe(true);
    await record.locator('#delete-all-yes').click();
    await expect
      .poll(() => record.locator('#record-count').innerText())
      .toBe('Nothing about your decisions is stored on this device.');
    await setUserSettings(browser.worker, {});
    await tab.reload();
    await expect.poll(async () => (await notice(tab)).root.getAttribute('data-mode')).toBe('reason');
    await tab.close();
    await record.close();
    expect(network.unexpected()).toEqual([]);
  });
});

describe('a confirmation follows the verdict', () => {
  it('asks again, once and marked as changed, when the organisation changes the mode', async () => {
    const tab = await open(DROPBOX);
    await giveReason(tab, REASON);
    await tab.reload();
    await expectNoBanner(tab);

    // IT switches Dropbox from "reason" to "acknowledge"; the browser reloads its policies.
    writeManagedPolicy({ ...policy, modeByRule: { dropbox: 'acknowledge' } });
    const policyPage = await open('chrome://policy');
    await policyPage.locator('#reload-policies').click();
    await waitForManagedPolicy(browser.worker);
    await policyPage.close();

    await tab.reload();
    const lp = (await notice(tab)).root;
    await expect.poll(() => lp.getAttribute('data-mode')).toBe('acknowledge');
    await expect.poll(() => lp.locator('.lp-changed').count()).toBe(1);
    expect(await lp.locator('.lp-changed').isVisible()).toBe(true);
    expect(await lp.locator('.lp-changed-heading').innerText()).toBe('Die Bewertung hat sich geändert:');
    expect(await lp.locator('.lp-changed li').allInnerTexts()).toEqual([
      'Ihre Organisation verlangt jetzt: Bestätigung (vorher: Begründung).',
    ]);
    await tab.screenshot({ animations: 'disabled', path: artifactPath('notice-changed.png') });
    await confirmNotice(tab);
    // Once: the new confirmation holds for the new verdict.
    await tab.reload();
    await expectNoBanner(tab);

    // The record keeps both: the earlier reason (its confirmation ended) and the new confirmation.
    const record = await openRecord();
    expect(
      await record.locator('.record-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))),
    ).toEqual(['confirmation', 'reason']);
    expect(await record.locator('.record-entry[data-kind="reason"] dl').innerText()).toContain(
      'nicht mehr – der Hinweis erscheint wieder',
    );
    await record.close();
    await tab.close();
    expect(network.unexpected()).toEqual([]);
  });
});

describe('the data sheet page', () => {
  it('lists every stored item, what is never collected and the permissions, accessibly', async () => {
    const page = await open(browser.extensionUrl('data-sheet.html'));
    await expect
      .poll(() => page.locator('h1').innerText())
      .toBe('Datenblatt für Datenschutz und Personalrat');
    expect(
      await page
        .locator('#stored-items [data-key]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key'))),
    ).toEqual(STORED_ITEMS.map((item) => item.key));
    expect(await page.locator('#never-collected li').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#permissions tbody tr').count()).toBe(5);
    await expectAccessible(page);
    await page.screenshot({
      animations: 'disabled',
      path: artifactPath('data-sheet-page.png'),
      fullPage: true,
    });
    await page.close();
    expect(network.unexpected()).toEqual([]);
  });
});
