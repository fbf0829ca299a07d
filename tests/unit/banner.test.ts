// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { BannerModel } from '../../core/notice/banner-model';
import { confirmationForm, renderBanner } from '../../components/banner';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  INFORM_STRIP_MEDIUM_MIN,
  INFORM_STRIP_WIDE_MIN,
  informStripHeight,
} from '../../components/banner-styles';
import { resolveBanner } from '../../core/notice/resolve-banner';
import { miniLookup } from './support';
import { trustedClick } from './dom-events';

const model = resolveBanner(
  miniLookup(),
  { profile: 'bund', language: 'de' },
  'https://web.chatapp.example/',
)!;
const noop = { onDismiss: () => {}, onLearnMore: () => {} };

describe('renderBanner', () => {
  it('is a named landmark in the UI language', () => {
    const root = renderBanner(model, noop);
    expect(root.getAttribute('role')).toBe('region');
    expect(root.getAttribute('lang')).toBe('de');
    const title = root.querySelector(`#${root.getAttribute('aria-labelledby')}`)!;
    expect(title.querySelector('.lp-tool')!.textContent).toBe('ChatApp Web: ');
    expect(title.querySelector('.lp-status')!.textContent).toBe('Für die dienstliche Nutzung verboten');
  });

  it('shows the points in plain words with the source one click deeper', () => {
    const root = renderBanner(model, noop);
    const point = root.querySelector('.lp-point')!;
    expect(point.querySelector('p')!.textContent).toBe('Verboten im Bund.');
    const source = point.querySelector('details')!;
    expect(source.open).toBe(false);
    expect(source.querySelector('summary')!.textContent).toBe('Quelle: Testbehörde, 14. April 2020');
    expect(source.querySelector('blockquote')!.getAttribute('lang')).toBe('de');
    expect(source.querySelector('blockquote')!.textContent).toBe(
      '„Der Einsatz ist ausgeschlossen für alle Behörden.“',
    );
    expect(source.querySelector('a')!.getAttribute('href')).toBe('https://example.org/doc');
  });

  it('wires its buttons', () => {
    const onDismiss = vi.fn();
    const onLearnMore = vi.fn();
    const root = renderBanner(model, { onDismiss, onLearnMore });
    trustedClick(root.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!);
    trustedClick(root.querySelector<HTMLButtonElement>('[data-action="learn-more"]')!);
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(onLearnMore).toHaveBeenCalledOnce();
  });

  it("ignores a page script's clicks: only the user's own input counts", () => {
    const onDismiss = vi.fn();
    const root = renderBanner(model, { onDismiss, onLearnMore: () => {} });
    const dismiss = root.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!;
    dismiss.click();
    dismiss.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('puts a given confirmation (the extension frame) in place of its own form', () => {
    const frame = document.createElement('iframe');
    const root = renderBanner(
      { ...model, mode: 'reason' },
      { onLearnMore: () => {}, confirmation: () => frame },
    );
    expect(root.querySelector('.lp-confirm iframe')).toBe(frame);
    expect(root.querySelector('textarea, [data-action="acknowledge"]')).toBeNull();
  });

  it('renders hostile strings as text and drops non-https links', () => {
    const hostile: BannerModel = {
      ...model,
      summary: '<img src=x onerror=alert(1)>',
      alternatives: [
        { name: '<b>Evil</b>', description: '<script>alert(1)</script>', url: 'javascript:alert(1)' },
        { name: 'Plain', description: 'http', url: 'http://example.org' },
      ],
    };
    const root = renderBanner(hostile, noop);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.querySelector('.lp-summary')!.textContent).toBe('<img src=x onerror=alert(1)>');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => h!.startsWith('https:'))).toBe(true);
    expect(root.textContent).toContain('<b>Evil</b>');
  });

  it('folds the detail away on informational pages of the full notice', () => {
    const inform = resolveBanner(
      miniLookup(),
      { profile: 'general', language: 'en' },
      'https://chatapp.example/',
    )!;
    const root = renderBanner({ ...inform, mode: 'acknowledge', dismissible: false }, noop);
    expect(root.classList.contains('lp--inform')).toBe(true);
    expect(root.querySelector<HTMLDetailsElement>('details.lp-fold')!.open).toBe(false);
    expect(root.querySelector('.lp-status')!.textContent).toBe('Notice: Not approved for official use');
  });
});

describe('the compact strip (inform mode)', () => {
  const strip = () => renderBanner(model, noop);
  const expander = (root: HTMLElement, action: string) =>
    root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  const panelOf = (root: HTMLElement, button: HTMLButtonElement) =>
    root.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;

  it('shows the tool, the status in plain words and the four actions, in this order', () => {
    const root = strip();
    expect(model.mode).toBe('inform');
    expect(root.classList.contains('lp--strip')).toBe(true);
    expect(root.querySelector('.lp-strip .lp-tool')!.textContent).toBe('ChatApp Web: ');
    expect(root.querySelector('.lp-strip .lp-status')!.textContent).toBe(
      'Für die dienstliche Nutzung verboten',
    );
    // The short form for narrow screens says no more than the long one.
    expect(root.querySelector('.lp-strip .lp-status-short')!.textContent).toBe('dienstlich verboten');
    expect([...root.querySelectorAll('.lp-strip button')].map((b) => b.textContent)).toEqual([
      'Warum?',
      'Stattdessen',
      'Verstanden',
      'Mehr erfahren',
    ]);
  });

  it('keeps reasons, sources and alternatives in closed panels outside the strip', () => {
    const root = strip();
    for (const action of ['why', 'instead']) {
      const button = expander(root, action);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      const panel = panelOf(root, button);
      expect(panel.hidden).toBe(true);
      expect(panel.closest('.lp-strip')).toBeNull();
    }
    const why = panelOf(root, expander(root, 'why'));
    expect(why.querySelector('.lp-summary')!.textContent).toBe(model.summary);
    expect(why.querySelector('.lp-point > p')!.textContent).toBe('Verboten im Bund.');
    expect(why.querySelector('.lp-source blockquote')).not.toBeNull();
    expect(panelOf(root, expander(root, 'instead')).querySelector('.lp-alternatives')).not.toBeNull();
  });

  it('opens one panel at a time in place, moves focus into it, and closes on Escape back to its button', () => {
    const root = strip();
    document.body.append(root);
    const why = expander(root, 'why');
    const instead = expander(root, 'instead');
    trustedClick(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(panelOf(root, why).hidden).toBe(false);
    expect(root.ownerDocument.activeElement).toBe(panelOf(root, why));
    trustedClick(instead);
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(panelOf(root, why).hidden).toBe(true);
    expect(instead.getAttribute('aria-expanded')).toBe('true');
    panelOf(root, instead).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panelOf(root, instead).hidden).toBe(true);
    expect(instead.getAttribute('aria-expanded')).toBe('false');
    expect(root.ownerDocument.activeElement).toBe(instead);
    // The panel's own "Schließen" does the same.
    trustedClick(why);
    trustedClick(panelOf(root, why).querySelector<HTMLButtonElement>('[data-action="close-panel"]')!);
    expect(panelOf(root, why).hidden).toBe(true);
    expect(root.ownerDocument.activeElement).toBe(why);
    root.remove();
  });

  it('speaks English when asked', () => {
    const en = resolveBanner(
      miniLookup(),
      { profile: 'bund', language: 'en' },
      'https://web.chatapp.example/',
    )!;
    const root = renderBanner(en, noop);
    expect([...root.querySelectorAll('.lp-strip button')].map((b) => b.textContent)).toEqual([
      'Why?',
      'Instead',
      'Understood',
      'Learn more',
    ]);
  });

  it('has one fixed height per width class, whatever it says', () => {
    expect(informStripHeight(1280)).toBe(56);
    expect(informStripHeight(1024)).toBe(56);
    expect(informStripHeight(1023)).toBe(72);
    expect(informStripHeight(600)).toBe(72);
    expect(informStripHeight(599)).toBe(112);
    expect(informStripHeight(320)).toBe(112);
    expect(informStripHeight(1280)).toBeLessThanOrEqual(72);
  });

  it('is styled with those same heights and breakpoints', () => {
    const css = readFileSync(join(import.meta.dirname, '../../components/banner.css'), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    const heights = [
      ...css.matchAll(/(?:@media \(max-width: ([\d.]+)px\) \{ )?\.lp \{ --lp-strip-h: (\d+)px; \}/g),
    ].map((m) => [m[1] === undefined ? Infinity : Number(m[1]), Number(m[2])]);
    expect(heights).toEqual([
      [Infinity, informStripHeight(INFORM_STRIP_WIDE_MIN)],
      [INFORM_STRIP_WIDE_MIN - 0.02, informStripHeight(INFORM_STRIP_WIDE_MIN - 1)],
      [INFORM_STRIP_MEDIUM_MIN - 0.02, informStripHeight(INFORM_STRIP_MEDIUM_MIN - 1)],
    ]);
    // The layout changes at the same widths as the heights.
    const breakpoints = new Set(
      [...css.matchAll(/@media \(max-width: ([\d.]+)px\)/g)].map((m) => Number(m[1])),
    );
    expect([...breakpoints].sort((a, b) => b - a)).toEqual([
      INFORM_STRIP_WIDE_MIN - 0.02,
      INFORM_STRIP_MEDIUM_MIN - 0.02,
    ]);
  });
});

describe('the approval request', () => {
  it('carries the site and, in reason mode, what the user typed', () => {
    const reasonModel: BannerModel = {
      ...model,
      mode: 'reason',
      dismissible: false,
      approval: { email: 'freigabe@stadt.example' },
    };
    const root = renderBanner(reasonModel, { ...noop, onAcknowledge: () => {} });
    const href = () => decodeURIComponent(root.querySelector('.lp-approval a')!.getAttribute('href')!);
    expect(href()).toMatch(
      /^mailto:freigabe@stadt\.example\?subject=Freigabe beantragen: ChatApp \(web\.chatapp\.example\)&body=/,
    );
    const field = root.querySelector<HTMLTextAreaElement>('#lp-reason')!;
    field.value = 'Abstimmung mit dem Planungsbüro';
    field.dispatchEvent(new Event('input'));
    expect(href()).toContain('Begründung:\nAbstimmung mit dem Planungsbüro');
  });

  it('adds site and reason to an intranet form', () => {
    const formModel: BannerModel = {
      ...model,
      mode: 'reason',
      approval: { url: 'https://intranet.example/freigabe?form=1' },
    };
    const root = renderBanner(formModel, { ...noop, onAcknowledge: () => {} });
    const field = root.querySelector<HTMLTextAreaElement>('#lp-reason')!;
    field.value = 'Projekt X';
    field.dispatchEvent(new Event('input'));
    expect(root.querySelector('.lp-approval a')!.getAttribute('href')).toBe(
      'https://intranet.example/freigabe?form=1&site=web.chatapp.example&reason=Projekt+X',
    );
  });
});

describe('the reason field', () => {
  it('asks for a reason on an empty confirmation, and stops asking once one is typed', () => {
    const confirm = vi.fn();
    const form = confirmationForm({ ...model, mode: 'reason', dismissible: false }, confirm);
    const field = form.querySelector<HTMLTextAreaElement>('#lp-reason')!;
    const error = form.querySelector('.lp-error')!;
    trustedClick(form.querySelector<HTMLButtonElement>('[data-action="acknowledge"]')!);
    expect(confirm).not.toHaveBeenCalled();
    expect(error.textContent).toBe('Bitte geben Sie eine kurze Begründung ein.');
    field.value = '   ';
    field.dispatchEvent(new Event('input'));
    expect(error.textContent).not.toBe('');
    field.value = 'Abstimmung';
    field.dispatchEvent(new Event('input'));
    expect(error.textContent).toBe('');
    trustedClick(form.querySelector<HTMLButtonElement>('[data-action="acknowledge"]')!);
    expect(confirm).toHaveBeenCalledWith('Abstimmung');
  });
});
