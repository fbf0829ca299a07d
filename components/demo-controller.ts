/**
 * A trainer's demonstration on the current tab: mounts the real banner,
 * marked as a demonstration, with a "Demo beenden" button; ending it (or
 * "Verstanden", or confirming) removes every trace — the element, the
 * reserved strip, the focus guard. Nothing is sent to the background except
 * the question whether demonstrations are allowed and "Mehr erfahren".
 */
import type { BannerModel } from '../core/notice/banner-model';
import type { DemoAnswer, DemoMessage } from '../core/trainer/demo-message';
import { uiText } from '../core/ui-text';
import { el } from './dom';
import { type MountedBanner, mountBanner } from './mount-banner';

export interface DemoControllerDeps {
  /** The organisation's `demoMode`, asked at each "show" (it can change at any time). */
  isAllowed(): Promise<boolean>;
  /** "Mehr erfahren": the catalogue entry. */
  openDetails(fragment: string): void;
}

export function createDemoController(deps: DemoControllerDeps) {
  let mounted: MountedBanner | undefined;
  /** Whether <html> had a style attribute before: the banner's reserved strip leaves `style=""` behind. */
  let hadStyle = false;

  function end(): void {
    if (!mounted) return;
    mounted.remove();
    mounted = undefined;
    const root = document.documentElement;
    if (!hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
  }

  async function show(model: BannerModel): Promise<DemoAnswer> {
    // This script only ever shows demonstrations.
    if (!model.demo) return { showing: mounted !== undefined, refused: 'invalid' };
    if (!(await deps.isAllowed())) {
      end();
      return { showing: false, refused: 'disabled' };
    }
    end();
    hadStyle = document.documentElement.hasAttribute('style');
    const banner = mountBanner(model, {
      onDismiss: end,
      onAcknowledge: end,
      onLearnMore: () => deps.openDetails(model.detailsFragment),
    });
    const endButton = el('button', {
      class: 'lp-button lp-button--primary',
      text: uiText(model.lang).demoEnd,
      attrs: { type: 'button', 'data-action': 'end-demo' },
    });
    endButton.addEventListener('click', end);
    banner.host.shadowRoot?.querySelector('.lp-actions')?.prepend(endButton);
    banner.host.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') end();
    });
    mounted = banner;
    return { showing: true };
  }

  async function handle(message: DemoMessage): Promise<DemoAnswer> {
    switch (message.action) {
      case 'show':
        return show(message.model);
      case 'end':
        end();
        return { showing: false };
      case 'ping':
        return { showing: mounted !== undefined };
    }
  }

  return { handle, end, isShowing: () => mounted !== undefined };
}
