// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { BannerModel } from '../../core/notice/banner-model';
import { renderBanner } from '../../components/banner';
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
    expect(title.textContent).toBe('ChatApp Web: Für die dienstliche Nutzung verboten');
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

  it('folds the detail away on informational pages', () => {
    const inform = resolveBanner(
      miniLookup(),
      { profile: 'general', language: 'en' },
      'https://chatapp.example/',
    )!;
    const root = renderBanner(inform, noop);
    expect(root.classList.contains('lp--inform')).toBe(true);
    expect(root.querySelector<HTMLDetailsElement>('details.lp-fold')!.open).toBe(false);
    expect(root.querySelector('.lp-status')!.textContent).toBe('Notice: Not approved for official use');
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
