// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  INFORM_STRIP_HEIGHTS,
  informStripHeightCss,
  NOTICE_TAG,
  type NoticeHost,
  openNoticeHost,
  overlaps,
  REPAIR_LIMIT,
  REPAIR_WINDOW_MS,
} from '../../components/notice-host';
import { informStripHeight } from '../../components/banner-styles';
import { resolveBanner } from '../../core/notice/resolve-banner';
import { captureShadowRoots } from './dom-events';
import { miniLookup } from './support';

const model = resolveBanner(
  miniLookup(),
  { profile: 'general', language: 'de' },
  'https://web.chatapp.example/',
)!;
const tick = () => new Promise((r) => setTimeout(r, 0));
const hostEl = () => document.querySelector<HTMLElement>(NOTICE_TAG);

describe('the reserved inform strip', () => {
  it('is a fixed height per viewport width class', () => {
    expect([1280, 1024, 1023, 800, 600, 599, 320].map(informStripHeight)).toEqual([
      56, 56, 72, 72, 72, 112, 112,
    ]);
    expect(INFORM_STRIP_HEIGHTS.at(-1)!.minWidth).toBe(0);
  });

  it('is the same step function in CSS, for an inline style', () => {
    expect(informStripHeightCss()).toBe(
      'calc(112px - clamp(0px, (100vw - 599px) * 1000, 40px) - clamp(0px, (100vw - 1023px) * 1000, 16px))',
    );
  });
});

describe('a page element over the notice', () => {
  const box = (left: number, top: number, width: number, height: number) =>
    ({ left, top, right: left + width, bottom: top + height }) as DOMRectReadOnly;
  it('counts only where it shares area with the notice', () => {
    const strip = box(0, 0, 1280, 56);
    expect(overlaps(box(0, 0, 1280, 800), strip)).toBe(true);
    expect(overlaps(box(600, 40, 100, 30), strip)).toBe(true);
    // A tooltip below the strip, or one that only touches its edge.
    expect(overlaps(box(600, 200, 100, 30), strip)).toBe(false);
    expect(overlaps(box(600, 56, 100, 30), strip)).toBe(false);
  });
});

describe('the notice host', () => {
  let host: NoticeHost | undefined;
  let roots: WeakMap<Element, ShadowRoot>;
  beforeEach(() => {
    roots = captureShadowRoots();
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
  });
  afterEach(() => {
    host?.remove();
    host = undefined;
    vi.restoreAllMocks();
  });
  const open = (onEscalate = () => {}, now?: () => number) =>
    (host = openNoticeHost({ reserve: true, onEscalate, ...(now ? { now } : {}) }));

  it('is first in <html> at once, in a closed shadow root, its own box set inline with !important', () => {
    open();
    const el = hostEl()!;
    expect(document.documentElement.firstElementChild).toBe(el);
    expect(el.shadowRoot).toBeNull();
    expect(roots.get(el)).toBeDefined();
    for (const property of ['display', 'visibility', 'opacity', 'position', 'height']) {
      expect(el.style.getPropertyPriority(property)).toBe('important');
    }
    expect(el.style.getPropertyValue('display')).toBe('block');
  });

  it('fills in the notice without touching the reserved strip', () => {
    open();
    const before = hostEl()!.getAttribute('style');
    host!.show(model, { onLearnMore: () => {}, onDismiss: () => {} });
    expect(roots.get(hostEl()!)!.querySelector('.lp-layer[popover="manual"] section.lp')).not.toBeNull();
    expect(hostEl()!.getAttribute('style')).toBe(before);
  });

  it('covers the page with a dialog in acknowledge and reason mode', () => {
    open();
    host!.show({ ...model, mode: 'acknowledge' }, { onLearnMore: () => {}, onAcknowledge: () => {} });
    expect(roots.get(hostEl()!)!.querySelector('dialog.lp-layer section.lp')).not.toBeNull();
    expect(hostEl()!.hasAttribute('data-covering')).toBe(true);
  });

  it('comes back when the page removes it or rebuilds the document', async () => {
    open();
    const el = hostEl()!;
    el.remove();
    await tick();
    expect(document.documentElement.firstElementChild).toBe(el);
    document.documentElement.replaceChildren(document.head, document.body);
    await tick();
    expect(document.documentElement.firstElementChild).toBe(el);
  });

  it('restores its own attributes when the page changes them', async () => {
    open();
    const el = hostEl()!;
    const style = el.getAttribute('style');
    el.style.setProperty('display', 'none', 'important');
    el.setAttribute('hidden', '');
    el.setAttribute('inert', '');
    await tick();
    expect(el.getAttribute('style')).toBe(style);
    expect(el.getAttributeNames()).toEqual(['style']);
  });

  it('does not fight a page that keeps removing it: after a few repairs it escalates, once', async () => {
    const onEscalate = vi.fn();
    open(onEscalate);
    for (let i = 0; i < REPAIR_LIMIT; i += 1) {
      hostEl()!.remove();
      await tick();
    }
    expect(onEscalate).not.toHaveBeenCalled();
    expect(hostEl()).not.toBeNull();
    const el = hostEl()!;
    el.remove();
    await tick();
    expect(onEscalate).toHaveBeenCalledOnce();
    expect(host!.active).toBe(false);
    // Given up: no more re-inserts.
    expect(el.isConnected).toBe(false);
    document.documentElement.prepend(el);
    el.remove();
    await tick();
    expect(onEscalate).toHaveBeenCalledOnce();
  });

  it('forgives repairs that lie further back than the window', async () => {
    const onEscalate = vi.fn();
    let now = 0;
    open(onEscalate, () => now);
    for (let i = 0; i < REPAIR_LIMIT * 3; i += 1) {
      now += REPAIR_WINDOW_MS / REPAIR_LIMIT + 1;
      hostEl()!.remove();
      await tick();
    }
    expect(onEscalate).not.toHaveBeenCalled();
    expect(hostEl()).not.toBeNull();
  });

  it('stops guarding once removed by its owner', async () => {
    open();
    host!.remove();
    await tick();
    expect(hostEl()).toBeNull();
  });
});
