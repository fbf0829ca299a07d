/**
 * What an IT department deploys, as real machine policy in
 * /etc/chromium/policies/managed/: every setting visibly takes effect, and a
 * hostile policy leaves the extension working, safe and explaining itself.
 * Each describe block starts its own browser with its own policy file
 * (removed afterwards, whatever happens).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from './support/artifacts';
import { expectedBanner } from './support/expected';
import {
  confirmationFrame,
  type ExtensionBrowser,
  launchWithExtension,
  notice,
} from './support/extension-browser';
import { writeManagedPolicy } from './support/managed-policy';
import { openPanel } from './support/notice-probe';
import { expectNoBanner, openPage } from './support/pages';
import { startTestSite, type TestSite } from './support/tls-server';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(async () => {
  await site?.close();
});

function withBrowser(policy: unknown) {
  const handle = { browser: undefined as unknown as ExtensionBrowser };
  beforeAll(async () => {
    handle.browser = await launchWithExtension(site.port, { managedPolicy: policy });
  });
  afterAll(async () => {
    await handle.browser?.close();
  });
  return handle;
}

const open = (b: ExtensionBrowser, url: string): Promise<Page> => openPage(b.context, url);

const organisation = {
  profile: 'hessen',
  organisation: {
    name: 'Regierungspräsidium Beispiel',
    colour: '#004b87',
    message: 'Bei Fragen hilft der Service-Desk.',
  },
  contacts: {
    dataProtectionOfficer: { name: 'Datenschutz RP', email: 'datenschutz@rp-beispiel.example' },
    serviceDesk: { phone: '+49 561 106-0', url: 'https://intranet.rp-beispiel.example/servicedesk' },
  },
  approvalRequest: { email: 'freigabe@rp-beispiel.example' },
  alternatives: [
    {
      name: 'Matrix RP Beispiel',
      description: 'Unser eigener Messenger',
      url: 'https://matrix.rp-beispiel.example',
      categories: ['messenger'],
    },
  ],
  exceptions: { hosts: ['gotomeeting.com'] },
  extraRules: [
    {
      id: 'telegram',
      name: 'Telegram',
      category: 'messenger',
      hosts: ['telegram.org', 't.me'],
      status: 'not-approved',
      summary: 'Telegram ist im Regierungspräsidium nicht freigegeben.',
      reasons: [
        'Nach der Dienstanweisung IT dürfen nur dienstlich bereitgestellte Messenger genutzt werden.',
      ],
      document: { title: 'Dienstanweisung IT', date: '2025-03-01' },
    },
  ],
  modeByRule: { tiktok: 'acknowledge', dropbox: 'reason' },
  acknowledgementHours: 24,
};

describe("an organisation's settings", () => {
  const ctx = withBrowser(organisation);

  it('shows its profile, its name, its own alternative first, its contacts and the approval route', async () => {
    const url = 'https://web.whatsapp.com/';
    const expected = expectedBanner(url, 'hessen');
    const page = await open(ctx.browser, url);
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.getAttribute('data-tool')).toBe('whatsapp');
    expect(await lp.locator('.lp-eyebrow').innerText()).toBe(
      `Leitplanke · Hinweis von Regierungspräsidium Beispiel · Profil: ${expected.profileName}`,
    );
    // Inform mode's strip: the reasons behind "Warum?", the alternatives and contacts behind "Stattdessen".
    await openPanel(lp, 'why');
    expect(await lp.locator('.lp-summary').innerText()).toBe(expected.summary);
    expect(await lp.locator('.lp-org-message').innerText()).toBe('Bei Fragen hilft der Service-Desk.');
    await openPanel(lp, 'instead');
    const alternatives = await lp.locator('.lp-alternatives li').allInnerTexts();
    expect(alternatives[0]).toBe('Matrix RP Beispiel – Unser eigener Messenger');
    expect(alternatives.slice(1)).toEqual(
      expected.alternatives.map((a) => `${a.name} – ${a.description}${a.note ? ` (${a.note})` : ''}`),
    );
    expect(await lp.locator('.lp-help li').allInnerTexts()).toEqual([
      'Datenschutzbeauftragte: Datenschutz RP datenschutz@rp-beispiel.example',
      'Service-Desk: +49 561 106-0 · https://intranet.rp-beispiel.example/servicedesk',
    ]);
    const approval = await lp.locator('.lp-approval a').getAttribute('href');
    expect(approval).toMatch(/^mailto:freigabe@rp-beispiel\.example\?subject=/);
    expect(decodeURIComponent(approval!)).toContain('Freigabe beantragen: WhatsApp (web.whatsapp.com)');
    await page.screenshot({ animations: 'disabled', path: artifactPath('banner-organisation.png') });
    await page.close();
  });

  it('silences an excepted domain', async () => {
    const page = await open(ctx.browser, 'https://global.gotomeeting.com/join/123');
    await expectNoBanner(page);
    await page.close();
  });

  it('warns on a domain only its extra rule names', async () => {
    const page = await open(ctx.browser, 'https://web.telegram.org/k/');
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.getAttribute('data-tool')).toBe('telegram');
    await openPanel(lp, 'why');
    expect(await lp.locator('.lp-summary').innerText()).toBe(
      'Telegram ist im Regierungspräsidium nicht freigegeben.',
    );
    expect(await lp.locator('.lp-source > summary').first().innerText()).toBe(
      'Quelle: Regierungspräsidium Beispiel, 1. März 2025',
    );
    await page.close();
    const lookalike = await open(ctx.browser, 'https://telegram.org.example.net/');
    await expectNoBanner(lookalike);
    await lookalike.close();
  });

  it('covers the page until the user acknowledges, then remembers it', async () => {
    const page = await open(ctx.browser, 'https://www.tiktok.com/');
    const dialog = (await notice(page)).root;
    await expect.poll(() => dialog.getAttribute('role')).toBe('dialog');
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    // The page's own controls are covered: a click on them does not reach them.
    const covered = await page.evaluate(() => {
      const input = document.getElementById('message')!.getBoundingClientRect();
      return document.elementFromPoint(input.x + 5, input.y + 5)?.tagName.toLowerCase();
    });
    expect(covered).toBe('leitplanke-banner');
    await page.screenshot({ animations: 'disabled', path: artifactPath('acknowledge-tiktok.png') });
    // The confirmation is an extension page inside the notice, out of the page's reach.
    await (await confirmationFrame(page)).locator('[data-action="acknowledge"]').click();
    await expect.poll(() => page.locator('leitplanke-banner').count()).toBe(0);
    await page.locator('#message').fill('works');
    await page.reload();
    await expectNoBanner(page);
    await page.close();
  });

  it('asks for a reason, keeps it on this device only, and puts it into the approval request', async () => {
    const page = await open(ctx.browser, 'https://www.dropbox.com/home');
    const dialog = (await notice(page)).root;
    await expect.poll(() => dialog.getAttribute('data-mode')).toBe('reason');
    // The reason is typed into an extension page inside the notice: the page sees none of it.
    const frame = await confirmationFrame(page);
    await frame.locator('[data-action="acknowledge"]').click();
    expect(await frame.locator('.lp-error').innerText()).toBe('Bitte geben Sie eine kurze Begründung ein.');
    expect(await page.locator('leitplanke-banner').count()).toBe(1);
    // The frame's button looks like the notice's own (its colours come from the notice's tokens).
    expect(
      await frame.locator('[data-action="acknowledge"]').evaluate((b) => getComputedStyle(b).backgroundColor),
    ).toBe('rgb(32, 68, 170)');
    expect(await frame.locator('label').evaluate((l) => getComputedStyle(l).fontSize)).toBe('15px');
    await frame.locator('#lp-reason').click();
    await page.keyboard.type('Austausch großer Pläne mit einem Planungsbüro');
    expect(await frame.locator('.lp-error').innerText()).toBe('');
    // One approval request, in the frame, where it can carry the reason.
    expect(await dialog.locator('.lp-approval').count()).toBe(0);
    const approval = decodeURIComponent((await frame.locator('.lp-approval a').getAttribute('href'))!);
    expect(approval).toMatch(
      /^mailto:freigabe@rp-beispiel\.example\?subject=Freigabe beantragen: Dropbox \(www\.dropbox\.com\)/,
    );
    expect(approval).toContain('Begründung:\nAustausch großer Pläne mit einem Planungsbüro');
    await page.screenshot({ animations: 'disabled', path: artifactPath('reason-dropbox.png') });
    await frame.locator('[data-action="acknowledge"]').click();
    await expect.poll(() => page.locator('leitplanke-banner').count()).toBe(0);
    const reasons = await ctx.browser.worker.evaluate(async () =>
      ((await chrome.storage.local.get('decisions')).decisions as Array<{ reason?: string }>).filter(
        (d) => d.reason !== undefined,
      ),
    );
    expect(reasons).toEqual([
      expect.objectContaining({
        kind: 'confirmation',
        host: 'www.dropbox.com',
        toolId: 'dropbox',
        reason: 'Austausch großer Pläne mit einem Planungsbüro',
      }),
    ]);
    await page.close();
  });

  it("shows the organisation's profile as fixed on the options page", async () => {
    const page = await open(ctx.browser, ctx.browser.extensionUrl('options.html'));
    await expect.poll(() => page.locator('#profile').isDisabled()).toBe(true);
    expect(await page.locator('#profile').inputValue()).toBe('hessen');
    expect(await page.locator('#profile-locked').innerText()).toBe(
      'Von Regierungspräsidium Beispiel festgelegt (verwaltete Richtlinie) – hier nicht änderbar.',
    );
    expect(await page.locator('#language').isDisabled()).toBe(false);
    await page.close();
  });

  it('lists the effective configuration, its origins and when the policy was read', async () => {
    const page = await open(ctx.browser, ctx.browser.extensionUrl('diagnostics.html'));
    await expect.poll(() => page.locator('#problems').innerText()).toBe('Keine Fehler.');
    expect(await page.locator('tr[data-setting="profile"]').getAttribute('data-origin')).toBe('organisation');
    expect(await page.locator('tr[data-setting="mode"]').getAttribute('data-origin')).toBe('default');
    expect(await page.locator('#read-at').innerText()).toMatch(/^Richtlinie zuletzt gelesen: \d/);
    await page.close();
  });
});

describe('block mode', () => {
  const ctx = withBrowser({ mode: 'block', organisation: { name: 'Landesamt Beispiel' } });

  it('never loads the site: the browser shows the block page with the reasons and alternatives', async () => {
    const before = site.requests.filter((r) => r.host === 'web.whatsapp.com').length;
    const page = await ctx.browser.context.newPage();
    await page.goto('https://web.whatsapp.com/send?phone=491701234567').catch(() => undefined);
    await expect
      .poll(() => page.url())
      .toMatch(new RegExp(`^chrome-extension://${ctx.browser.extensionId}/blocked\\.html#`));
    const notice = page.locator('section.lp');
    await expect.poll(() => notice.getAttribute('data-tool')).toBe('whatsapp');
    expect(await page.locator('h1').innerText()).toBe('Diese Seite wurde nicht geöffnet');
    expect(await page.locator('code').first().innerText()).toBe(
      'https://web.whatsapp.com/send?phone=491701234567',
    );
    expect(await notice.locator('.lp-alternatives li').count()).toBeGreaterThan(0);
    expect(await notice.locator('[data-action="continue"]').count()).toBe(0);
    expect(site.requests.filter((r) => r.host === 'web.whatsapp.com').length).toBe(before);
    await page.screenshot({ animations: 'disabled', path: artifactPath('blocked-whatsapp.png') });
    await page.close();
  });

  it("leaves a service's information pages and unrelated sites alone", async () => {
    const info = await open(ctx.browser, 'https://www.whatsapp.com/');
    await expect.poll(async () => (await notice(info)).root.getAttribute('data-mode')).toBe('inform');
    expect(info.url()).toBe('https://www.whatsapp.com/');
    await info.close();
    const other = await open(ctx.browser, 'https://www.example.org/');
    expect(other.url()).toBe('https://www.example.org/');
    await other.close();
  });
});

describe('block mode where the organisation allows "continue anyway"', () => {
  const ctx = withBrowser({ mode: 'block', allowContinue: true });

  it('lets the user through in this tab only', async () => {
    const page = await ctx.browser.context.newPage();
    await page.goto('https://web.whatsapp.com/').catch(() => undefined);
    await expect.poll(() => page.url()).toContain('/blocked.html#');
    await page.locator('[data-action="continue"]').click();
    await expect.poll(() => page.url()).toBe('https://web.whatsapp.com/');
    expect(await page.locator('#site').innerText()).toBe('web.whatsapp.com/');
    // The page it lets through keeps the calm strip as a reminder, not the block page's text over it.
    const lp = await notice(page);
    await expect.poll(() => lp.root.getAttribute('data-mode')).toBe('inform');
    expect(await lp.probe()).toMatchObject({ hosts: 1, shown: true, covering: false, reserved: 56 });
    expect(await lp.root.locator('[data-action="dismiss"]').count()).toBe(1);
    const other = await ctx.browser.context.newPage();
    await other.goto('https://web.whatsapp.com/').catch(() => undefined);
    await expect.poll(() => other.url()).toContain('/blocked.html#');
    await page.close();
    await other.close();
  });
});

describe('a hostile policy', () => {
  const many = Array.from({ length: 3000 }, (_, i) => `host-${i}.example`);
  const ctx = withBrowser({
    profile: 'atlantis',
    mode: 'blok',
    organisation: {
      name: '<img src=x onerror="document.title=\'pwned\'">',
      colour: 'javascript:alert(1)',
      message: '<script>document.title="pwned"</script>',
    },
    contacts: { serviceDesk: { name: '<b>Desk</b>', url: 'javascript:alert(1)' } },
    approvalRequest: { url: 'javascript:alert(1)' },
    alternatives: [
      { name: '<a href="javascript:alert(1)">Klick</a>', url: 'javascript:alert(1)' },
      { name: 'Unverschlüsselt', url: 'http://insecure.example' },
    ],
    extraRules: [
      { id: 'Bad Id', hosts: ['*.evil'] },
      {
        id: 'catch-all',
        name: 'All',
        category: 'messenger',
        hosts: ['com'],
        status: 'prohibited',
        summary: 's',
        reasons: ['r'],
      },
    ],
    exceptions: { hosts: many },
    dismissal: { allowed: 'yes' },
  });

  it('keeps warning with the bundled catalogue, and renders admin strings as text', async () => {
    const page = await open(ctx.browser, 'https://web.whatsapp.com/');
    const lp = (await notice(page)).root;
    await expect.poll(() => lp.getAttribute('data-tool')).toBe('whatsapp');
    expect(await page.title()).not.toBe('pwned');
    // The invalid organisation block was dropped as a whole; no markup came through.
    expect(await lp.locator('img, script, b').count()).toBe(0);
    const hrefs = (await (await notice(page)).probe({ selector: 'section.lp a', attr: 'href' })).matches.map(
      (a) => a.attr ?? '',
    );
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('https:'))).toBe(true);
    expect(await lp.getAttribute('data-mode')).toBe('inform');
    await page.close();
  });

  it('does not let a catch-all rule warn on everything', async () => {
    const page = await open(ctx.browser, 'https://www.example.com/');
    await expectNoBanner(page);
    await page.close();
  });

  it('lists every rejected value precisely in the diagnostics', async () => {
    const page = await open(ctx.browser, ctx.browser.extensionUrl('diagnostics.html'));
    const rows = page.locator('#problems tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const paths = await page.locator('#problems tbody tr td:first-child').allInnerTexts();
    // `dismissal.allowed: "yes"` never reaches the extension: Chromium drops values of the
    // wrong JSON type against managed_schema.json itself. Everything else is ours to report.
    for (const path of [
      'profile',
      'mode',
      'organisation.colour',
      'contacts.serviceDesk.url',
      'approvalRequest.url',
      'alternatives[0].url',
      'alternatives[1].url',
      'extraRules[0].id',
      'extraRules[1].hosts[0]',
      'exceptions.hosts',
    ]) {
      expect(paths).toContain(path);
    }
    // Precise expectations, also in the bundled extension (not zod's bare "Invalid input").
    const modeRow = page.locator('#problems tbody tr', {
      has: page.locator('td:first-child', { hasText: /^mode$/ }),
    });
    expect(await modeRow.locator('td').nth(1).innerText()).toBe(
      'Invalid option: expected one of "inform"|"acknowledge"|"reason"|"block"',
    );
    await page.screenshot({
      animations: 'disabled',
      path: artifactPath('diagnostics-hostile.png'),
      fullPage: true,
    });
    await page.close();
  });
});

describe('a policy change while the browser runs', () => {
  const ctx = withBrowser({ profile: 'hessen' });

  it('applies without a restart once the browser reloads its policies', async () => {
    const page = await open(ctx.browser, 'https://web.whatsapp.com/');
    await expect
      .poll(async () => (await notice(page)).root.locator('.lp-eyebrow').innerText())
      .toContain(expectedBanner('https://web.whatsapp.com/', 'hessen').profileName);
    // IT changes the policy file; the browser picks it up on its next policy reload.
    writeManagedPolicy({ profile: 'koeln', organisation: { name: 'Stadt Beispiel' } });
    const policyPage = await open(ctx.browser, 'chrome://policy');
    await policyPage.locator('#reload-policies').click();
    // The open tab follows the change (storage.onChanged → re-evaluation), no reload needed.
    await expect
      .poll(async () => (await notice(page)).root.locator('.lp-eyebrow').innerText(), { timeout: 15_000 })
      .toBe(
        `Leitplanke · Hinweis von Stadt Beispiel · Profil: ${expectedBanner('https://web.whatsapp.com/', 'koeln').profileName}`,
      );
    await policyPage.close();
    await page.close();
  });
});
