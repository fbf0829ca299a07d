/**
 * Keeps the notice in step with the page: shows what the page snapshot says
 * at once, asks the background (which also knows this tab's dismissals) and
 * follows its answer, and asks again when a single-page app changes its
 * address or the policy changes.
 */
import type { BannerModel } from '../core/notice/banner-model';
import type { Message } from '../core/messages';
import { normaliseUrl } from '../core/matching/normalise-url';
import { dismissedHintKey } from '../core/storage-keys';
import { basisOf, basisTag } from '../core/notice/verdict-basis';
import { type MountedBanner, mountBanner } from './mount-banner';

export interface BannerControllerDeps {
  /** Sends a message to the background; its answers are ours, so they are trusted. */
  send(message: Message): Promise<unknown>;
  currentUrl(): string;
  /** What the page snapshot says, without waking the background (see services/page-snapshot-reader.ts). */
  snapshot(url: string): Promise<BannerModel | undefined>;
  /** Per tab and site, for this browser session: the page's sessionStorage. */
  tabMemory: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

export function createBannerController(deps: BannerControllerDeps) {
  let mounted: { banner: MountedBanner; key: string } | undefined;
  /**
   * A confirmation holds for this document even where IT keeps none
   * (acknowledgementHours 0) — for the verdict it was given for (host → basis tag).
   */
  const confirmedHosts = new Map<string, string>();
  /** Decisions hold for a verdict; old snapshots without a basis never match. */
  const keyOf = (model: BannerModel) => (model.basis ? basisTag(basisOf(model)) : '');
  let latest = 0;

  function unmount() {
    mounted?.banner.remove();
    mounted = undefined;
  }

  /** A hint only: it can hide the early banner, never the background's answer. */
  function dismissedHere(host: string, model: BannerModel): boolean {
    try {
      return deps.tabMemory?.getItem(dismissedHintKey(host)) === keyOf(model);
    } catch {
      return false;
    }
  }

  function show(model: BannerModel | null, host: string): void {
    if (model && model.mode !== 'inform' && confirmedHosts.get(host) === keyOf(model)) model = null;
    // Show a model only once; a new one (other part, mode or settings) replaces it.
    const key = model ? JSON.stringify({ ...model, pageUrl: '' }) : '';
    if (mounted?.key === key) return;
    unmount();
    if (!model) return;
    const banner = mountBanner(model, {
      onDismiss: () => {
        unmount();
        try {
          deps.tabMemory?.setItem(dismissedHintKey(host), keyOf(model));
        } catch {
          // Storage may be disabled for the page; the background still remembers.
        }
        void deps.send({ type: 'dismiss', url: deps.currentUrl() });
      },
      onAcknowledge: (reason) => {
        confirmedHosts.set(host, keyOf(model));
        unmount();
        void deps.send({ type: 'acknowledge', url: deps.currentUrl(), ...(reason ? { reason } : {}) });
      },
      onLearnMore: () => void deps.send({ type: 'open-details', fragment: model.detailsFragment }),
    });
    mounted = { banner, key };
  }

  /** `url`: the address a single-page app is moving to (the Navigation API reports it before it commits). */
  async function update(url = deps.currentUrl()): Promise<void> {
    const run = ++latest;
    const host = normaliseUrl(url)?.hostname ?? '';
    let answered = false;
    const answer = deps.send({ type: 'resolve', url }).then((model) => {
      answered = true;
      return model as BannerModel | null;
    });
    if (!mounted) {
      const early = await deps.snapshot(url).catch(() => undefined);
      const hidden = early?.mode === 'inform' && early.dismissible && dismissedHere(host, early);
      if (early && !hidden && !answered && run === latest) show(early, host);
    }
    const model = await answer;
    if (run === latest) show(model, host);
  }

  return { update, unmount };
}
