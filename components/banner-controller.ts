/**
 * Keeps the banner in step with the page: asks the background what the page
 * should show, mounts it, and asks again when a single-page app changes its
 * address (the same host can have parts that warn and parts that do not).
 */
import type { BannerModel } from '../core/banner-model';
import type { Message } from '../core/messages';
import { type MountedBanner, mountBanner } from './mount-banner';

export interface BannerControllerDeps {
  /** Sends a message to the background; its answers are ours, so they are trusted. */
  send(message: Message): Promise<unknown>;
  currentUrl(): string;
}

export function createBannerController(deps: BannerControllerDeps) {
  let mounted: { banner: MountedBanner; key: string } | undefined;

  function unmount() {
    mounted?.banner.remove();
    mounted = undefined;
  }

  async function update(): Promise<void> {
    const url = deps.currentUrl();
    const model = (await deps.send({ type: 'resolve', url })) as BannerModel | null;
    const key = model ? `${model.toolId}/${model.partLabel}/${model.status}` : '';
    if (mounted?.key === key) return;
    unmount();
    if (!model) return;
    const banner = mountBanner(model, {
      onDismiss: () => {
        unmount();
        void deps.send({ type: 'dismiss', url: deps.currentUrl() });
      },
      onLearnMore: () => void deps.send({ type: 'open-details', fragment: model.detailsFragment }),
    });
    mounted = { banner, key };
  }

  return { update, unmount, isMounted: () => mounted !== undefined };
}
