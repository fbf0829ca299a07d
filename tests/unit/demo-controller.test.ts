// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDemoController } from '../../components/demo-controller';
import { BANNER_TAG } from '../../components/mount-banner';
import type { BannerModel } from '../../core/notice/banner-model';
import { DEMO_MESSAGE } from '../../core/trainer/demo-message';
import { buildEffectivePolicy } from '../../core/settings/effective-policy';
import { parseManagedSettings } from '../../core/settings/parse-managed-settings';
import { resolveDemo } from '../../core/trainer/resolve-demo';
import { miniLookup } from './support';
import { trustedClick } from './dom-events';

const policy = (managed: unknown = {}) =>
  buildEffectivePolicy({
    catalogue: miniLookup().catalogue,
    managed: parseManagedSettings(managed),
    user: {},
    browserLanguage: 'de',
    today: '2026-11-22',
  });
const model = resolveDemo(policy(), 'chatapp')!;
const show = (m: BannerModel) => ({ type: DEMO_MESSAGE, action: 'show', model: m }) as const;
const shadow = () => document.querySelector(BANNER_TAG)?.shadowRoot;

beforeEach(() => {
  document.documentElement.innerHTML = '<head><title>Intranet</title></head><body><h1>Intranet</h1></body>';
  document.documentElement.removeAttribute('style');
});

describe("a trainer's demonstration on the page", () => {
  it('shows the real banner, marked as a demonstration, with "Demo beenden"', async () => {
    const demo = createDemoController({ isAllowed: async () => true, openDetails: () => {} });
    expect(await demo.handle(show(model))).toEqual({ showing: true });
    const banner = shadow()!.querySelector('.lp')!;
    expect(banner.classList.contains('lp--demo')).toBe(true);
    expect(banner.querySelector('.lp-eyebrow')!.textContent).toContain('Demonstration – kein echter Aufruf');
    expect(banner.querySelector('.lp-summary')!.textContent).toBe(model.summary);
    expect(banner.querySelector('[data-action="end-demo"]')!.textContent).toBe('Demo beenden');
  });

  it.each([
    ['"Demo beenden"', '[data-action="end-demo"]'],
    ['"Verstanden"', '[data-action="dismiss"]'],
  ])('leaves no trace after %s', async (_, button) => {
    const before = document.documentElement.outerHTML;
    const demo = createDemoController({ isAllowed: async () => true, openDetails: () => {} });
    await demo.handle(show(model));
    expect(document.documentElement.outerHTML).not.toBe(before);
    trustedClick(shadow()!.querySelector<HTMLButtonElement>(button)!);
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(await demo.handle({ type: DEMO_MESSAGE, action: 'ping' })).toEqual({ showing: false });
  });

  it("ends on the popup's request and on Escape", async () => {
    const demo = createDemoController({ isAllowed: async () => true, openDetails: () => {} });
    await demo.handle(show(model));
    expect(await demo.handle({ type: DEMO_MESSAGE, action: 'ping' })).toEqual({ showing: true });
    expect(await demo.handle({ type: DEMO_MESSAGE, action: 'end' })).toEqual({ showing: false });
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    await demo.handle(show(model));
    shadow()!
      .querySelector('.lp')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.querySelector(BANNER_TAG)).toBeNull();
  });

  it('shows one demonstration at a time', async () => {
    const demo = createDemoController({ isAllowed: async () => true, openDetails: () => {} });
    await demo.handle(show(model));
    await demo.handle(show(resolveDemo(policy(), 'meet')!));
    expect(document.querySelectorAll(BANNER_TAG)).toHaveLength(1);
    expect(shadow()!.querySelector('.lp')!.getAttribute('data-tool')).toBe('meet');
  });

  it('covers the page in acknowledge mode and still ends without a trace', async () => {
    const before = document.documentElement.outerHTML;
    const demo = createDemoController({ isAllowed: async () => true, openDetails: () => {} });
    await demo.handle(show(resolveDemo(policy({ mode: 'acknowledge' }), 'chatapp')!));
    expect(document.querySelector(BANNER_TAG)!.hasAttribute('data-covering')).toBe(true);
    trustedClick(shadow()!.querySelector<HTMLButtonElement>('[data-action="acknowledge"]')!);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('opens the catalogue entry for "Mehr erfahren"', async () => {
    const openDetails = vi.fn();
    const demo = createDemoController({ isAllowed: async () => true, openDetails });
    await demo.handle(show(model));
    trustedClick(shadow()!.querySelector<HTMLButtonElement>('[data-action="learn-more"]')!);
    expect(openDetails).toHaveBeenCalledWith('#tool=chatapp');
  });

  it('refuses when the organisation switched demonstrations off', async () => {
    const demo = createDemoController({ isAllowed: async () => false, openDetails: () => {} });
    expect(await demo.handle(show(model))).toEqual({ showing: false, refused: 'disabled' });
    expect(document.querySelector(BANNER_TAG)).toBeNull();
  });

  it('refuses a banner that is not marked as a demonstration', async () => {
    const isAllowed = vi.fn(async () => true);
    const demo = createDemoController({ isAllowed, openDetails: () => {} });
    expect(await demo.handle(show({ ...model, demo: false }))).toEqual({
      showing: false,
      refused: 'invalid',
    });
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    expect(isAllowed).not.toHaveBeenCalled();
  });
});
