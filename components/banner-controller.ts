/**
 * Keeps the notice in step with the page: asks the background what the page
 * should show, mounts it, and asks again when a single-page app changes its
 * address or the policy changes.
 */
import type { BannerModel } from '../core/banner-model';
import type { Message } from '../core/messages';
import { normaliseUrl } from '../core/normalise-url';
import { type MountedBanner, mountBanner } from './mount-banner';

export interface BannerControllerDeps {
  /** Sends a message to the background; its answers are ours, so they are trusted. */
  send(message: Message): Promise<unknown>;
  currentUrl(): string;
}

export function createBannerController(deps: BannerControllerDeps) {
  let mounted: { banner: MountedBanner; key: string } | undefined;
  /** A confirmation holds for this document even where IT keeps none (acknowledgementHours 0). */
  const confirmedHosts = new Set<string>();

  function unmount() {
    mounted?.banner.remove();
    mounted = undefined;
  }

  /** `url`: the address a single-page app is moving to (the Navigation API reports it before it commits). */
  async function update(url = deps.currentUrl()): Promise<void> {
    const host = normaliseUrl(url)?.hostname ?? '';
    let model = (await deps.send({ type: 'resolve', url })) as BannerModel | null;
    if (model && model.mode !== 'inform' && confirmedHosts.has(host)) model = null;
    // Show a model only once; a new one (other part, mode or settings) replaces it.
    const key = model ? JSON.stringify({ ...model, pageUrl: '' }) : '';
    if (mounted?.key === key) return;
    unmount();
    if (!model) return;
    const banner = mountBanner(model, {
      onDismiss: () => {
        unmount();
        void deps.send({ type: 'dismiss', url: deps.currentUrl() });
      },
      onAcknowledge: (reason) => {
        confirmedHosts.add(host);
        unmount();
        void deps.send({ type: 'acknowledge', url: deps.currentUrl(), ...(reason ? { reason } : {}) });
      },
      onLearnMore: () => void deps.send({ type: 'open-details', fragment: model.detailsFragment }),
    });
    mounted = { banner, key };
  }

  return { update, unmount };
}
