/**
 * The "hostile page" cases (issue 9), once for both browsers: each browser's
 * test file supplies a harness (how to open a page, read the notice from the
 * extension's side, type into the confirmation frame, read what the
 * extension recorded), and this module defines the cases. One local page per
 * behaviour (./hostile-pages.ts), in inform mode (WhatsApp Web) and reason
 * mode (Dropbox, by the organisation's `modeByRule`).
 */
import { describe, expect, it } from 'vitest';
import { informStripHeight } from '../../../components/banner-styles';
import { REPAIR_LIMIT } from '../../../components/notice-host';
import { uiText } from '../../../core/ui-text';
import {
  FORGE,
  HOSTILE_BEHAVIOURS,
  type HostileBehaviour,
  type HostileLog,
  READ_HOSTILE_LOG,
} from './hostile-pages';
import type { NoticeDriver } from './notice-probe';

/**
 * What the extension has recorded: "Verstanden" for this session
 * (`storage.session` `dismissals`), and the timed decisions with any typed
 * reason (`storage.local` `decisions`, absent when there are none).
 */
export interface Decisions {
  dismissals: unknown[];
  decisions?: Array<{ kind: string; host: string; toolId: string; reason?: string }>;
}

/** The managed settings every hostile-suite browser runs with. */
export const HOSTILE_SUITE_SETTINGS = {
  profile: 'general',
  language: 'de',
  modeByRule: { dropbox: 'reason' },
};

export interface HostileHarness<P> {
  /** 'chromium' or 'firefox', for screenshot names. */
  name: string;
  /** A new tab at `https://<hostAndPath>` (the local test site). */
  open(hostAndPath: string): Promise<P>;
  /** The same address as `open` uses, for comparisons. */
  address(hostAndPath: string): string;
  close(page: P): Promise<void>;
  notice(page: P): Promise<NoticeDriver>;
  /** Evaluates an expression in the page's own (main) world. */
  evaluate<T>(page: P, expression: string): Promise<T>;
  /** The tab's current address (also an extension page's). */
  url(page: P): Promise<string>;
  /** Clicks into the confirmation frame's reason field and types with the real keyboard; the field's value after. */
  typeReason(page: P, text: string): Promise<string>;
  /** Presses the confirmation frame's button with a real click. */
  confirmInFrame(page: P): Promise<void>;
  /** A real click on an element of the (extension) page the tab shows. */
  clickInPage(page: P, selector: string): Promise<void>;
  /** The texts of an extension page's elements. */
  textsInPage(page: P, selector: string): Promise<string[]>;
  screenshot(page: P, name: string): Promise<void>;
  decisions(): Promise<Decisions>;
  forgetDecisions(): Promise<void>;
  /** The confirmation frame's address: the extension's (in Chromium its dynamic) origin. */
  frameUrl: RegExp;
  /** The extension's notice page, in this browser. */
  noticePageUrl: RegExp;
}

/** Typed into the reason field with the real keyboard; the page must see none of it. */
const SECRET = 'Pläne für Bauamt #42';
const NOTHING_DECIDED = { dismissals: [] };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The extension acts asynchronously, and a browser on a busy test machine can take a while. */
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

export function defineHostileSuite<P>(harness: () => HostileHarness<P>): void {
  const log = (page: P) => harness().evaluate<HostileLog>(page, READ_HOSTILE_LOG);
  const openHostile = async (hostAndPath: string) => {
    const h = harness();
    const page = await h.open(hostAndPath);
    await eventually(() => h.evaluate(page, 'window.hostile?.ready === true')).toBe(true);
    return page;
  };
  const behaviours = (Object.keys(HOSTILE_BEHAVIOURS) as HostileBehaviour[]).filter(
    (b) => b !== 'remove-loop',
  );

  describe.each(behaviours)('a page that does "%s"', (behaviour) => {
    // A page's own modal dialog makes everything else inert, the strip too: its own case below.
    if (behaviour !== 'page-modal')
      it('keeps the inform banner shown and on top; forged clicks dismiss nothing, a real one does', async () => {
        const h = harness();
        await h.forgetDecisions();
        const page = await openHostile(`web.whatsapp.com/hostile/${behaviour}`);
        const lp = await h.notice(page);
        // The strip's own height for this viewport, reserved in the page's flow.
        const reserved = informStripHeight(await h.evaluate<number>(page, 'innerWidth'));
        await eventually(() => lp.probe()).toMatchObject({ hosts: 1, shown: true, onTop: true, reserved });
        // Its own styles hold, whatever the page's CSP or CSS says.
        expect(await lp.probe({ selector: '.lp-layer', css: 'position' })).toMatchObject({
          matches: [{ css: 'fixed' }],
        });
        await h.evaluate(page, FORGE);
        await pause(300);
        expect(await lp.probe()).toMatchObject({ hosts: 1, shown: true, onTop: true });
        expect(await h.decisions()).toEqual(NOTHING_DECIDED);
        const seen = await log(page);
        expect(seen.forged).toBeGreaterThan(0);
        expect([seen.shadowRoot, seen.attach]).toEqual([false, 'NotSupportedError']);
        if (behaviour === 'overlay') await h.screenshot(page, `hostile-overlay-inform-${h.name}.png`);
        // The user's own click works.
        await lp.root.locator('[data-action="dismiss"]').click();
        await eventually(async () => (await lp.probe()).hosts).toBe(0);
        await eventually(async () => (await h.decisions()).dismissals).toHaveLength(1);
        await h.close(page);
      });

    it('keeps the reason dialog shown and on top; the page can neither confirm nor see the reason typed', async () => {
      const h = harness();
      await h.forgetDecisions();
      const page = await openHostile(`www.dropbox.com/hostile/${behaviour}`);
      const lp = await h.notice(page);
      await eventually(() => lp.probe()).toMatchObject({
        hosts: 1,
        shown: true,
        onTop: true,
        covering: true,
      });
      await eventually(async () => (await lp.probe()).frameUrl).toMatch(h.frameUrl);
      await h.evaluate(page, FORGE);
      await pause(300);
      expect(await lp.probe()).toMatchObject({ hosts: 1, shown: true, onTop: true });
      expect(await h.decisions()).toEqual(NOTHING_DECIDED);

      expect(await h.typeReason(page, SECRET)).toBe(SECRET);
      await pause(200);
      const seen = await log(page);
      expect(seen.keys).toEqual([]);
      expect(seen.reads).toEqual([]);
      if (behaviour === 'key-logger') await h.screenshot(page, `hostile-reason-dialog-${h.name}.png`);
      await h.confirmInFrame(page);
      await eventually(async () => (await lp.probe()).hosts).toBe(0);
      await eventually(async () => (await h.decisions()).decisions).toEqual([
        expect.objectContaining({
          kind: 'confirmation',
          host: 'www.dropbox.com',
          toolId: 'dropbox',
          reason: SECRET,
        }),
      ]);
      await h.close(page);
    });
  });

  describe('a page that opens its own modal dialog over the inform strip', () => {
    it('keeps the strip shown above it, and in reach again once the page closes its dialog', async () => {
      const h = harness();
      await h.forgetDecisions();
      const page = await openHostile('web.whatsapp.com/hostile/page-modal');
      const lp = await h.notice(page);
      // Above the page's dialog, so still read; inert with the rest of the page while that is open.
      expect(await lp.probe()).toMatchObject({ hosts: 1, shown: true });
      expect(await h.evaluate(page, `document.getElementById('modal').open`)).toBe(true);
      await eventually(() => h.evaluate(page, `document.getElementById('modal').open`)).toBe(false);
      await eventually(() => lp.probe()).toMatchObject({ hosts: 1, shown: true, onTop: true });
      await h.evaluate(page, FORGE);
      await pause(300);
      expect(await h.decisions()).toEqual(NOTHING_DECIDED);
      await lp.root.locator('[data-action="dismiss"]').click();
      await eventually(async () => (await lp.probe()).hosts).toBe(0);
      await eventually(async () => (await h.decisions()).dismissals).toHaveLength(1);
      await h.close(page);
    });
  });

  describe('a page that keeps removing the notice', () => {
    it('loses it to the extension\'s notice page after a few re-inserts, with "Zurück" and "Trotzdem fortfahren"', async () => {
      const h = harness();
      await h.forgetDecisions();
      const page = await h.open('web.whatsapp.com/hostile/remove-loop');
      await eventually(() => h.url(page)).toMatch(h.noticePageUrl);
      await eventually(() => h.textsInPage(page, 'section.lp [data-action="back"]')).toEqual(['Zurück']);
      expect(decodeURIComponent(new URL(await h.url(page)).hash.slice(1))).toBe(
        h.address('web.whatsapp.com/hostile/remove-loop'),
      );
      expect(await h.textsInPage(page, 'h1')).toEqual([uiText('de').escalatedHeading]);
      expect(await h.textsInPage(page, '[data-action="continue"]')).toEqual(['Trotzdem fortfahren']);
      await h.screenshot(page, `hostile-escalated-notice-page-${h.name}.png`);
      // No fight in a loop: the page removed the notice only a handful of times.
      const other = await h.open('web.whatsapp.com/hostile-count');
      const removals = Number(await h.evaluate(other, `localStorage.getItem('hostile-removals')`));
      expect(removals).toBeGreaterThan(0);
      expect(removals).toBeLessThanOrEqual(REPAIR_LIMIT + 1);
      await h.close(other);
      // Going on: the page again, and it stays (this tab has seen the notice).
      await h.clickInPage(page, '[data-action="continue"]');
      const url = h.address('web.whatsapp.com/hostile/remove-loop');
      await eventually(() => h.url(page)).toBe(url);
      await pause(1000);
      expect(await h.url(page)).toBe(url);
      expect((await (await h.notice(page)).probe()).hosts).toBe(0);
      await h.close(page);
    });
  });
}
