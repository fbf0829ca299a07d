/**
 * Keeps the notice in step with the page: puts its host (and reserved strip)
 * into the document at once, shows what the page snapshot says as soon as it
 * is read, asks the background (which also knows this tab's dismissals) and
 * follows its answer, and asks again when a single-page app changes its
 * address or the policy changes.
 */
import type { BannerModel } from '../core/notice/banner-model';
import type { Message } from '../core/messages';
import { normaliseUrl } from '../core/matching/normalise-url';
import { type NoticeHost, openNoticeHost } from './notice-host';

export interface BannerControllerDeps {
  /** Sends a message to the background; its answers are ours, so they are trusted. */
  send(message: Message): Promise<unknown>;
  currentUrl(): string;
  /** What the page snapshot says, without waking the background (see services/page-snapshot-reader.ts). */
  snapshot(url: string): Promise<BannerModel | undefined>;
  /** Per tab and site, for this browser session: the page's sessionStorage. */
  tabMemory: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** The extension page that takes a confirmation in this tab (a fresh address each time). */
  confirmFrameUrl(): Promise<string>;
  /** The page would not let the notice stay: show it beyond the page's reach. */
  escalate(url: string): void;
}

/** Hints only: they spare the page a reserved strip, never hide the background's answer. */
const dismissedHint = (host: string) => `leitplanke:dismissed:${host}`;
const confirmedHint = (host: string) => `leitplanke:confirmed:${host}`;

export function createBannerController(deps: BannerControllerDeps) {
  let host: NoticeHost | undefined;
  /** What the host shows (empty while only its strip is reserved). */
  let shownKey = '';
  /** A confirmation holds for this document even where IT keeps none (acknowledgementHours 0). */
  const confirmedHosts = new Set<string>();
  let latest = 0;
  /** The background's latest answer: only a notice it confirms is worth leaving the page for. */
  let answer: Promise<BannerModel | null> = Promise.resolve(null);

  const hostnameOf = (url: string) => normaliseUrl(url)?.hostname ?? '';

  function unmount() {
    host?.remove();
    host = undefined;
    shownKey = '';
  }

  function hinted(key: string): boolean {
    try {
      return deps.tabMemory?.getItem(key) === '1';
    } catch {
      return false;
    }
  }

  function remember(key: string): void {
    try {
      deps.tabMemory?.setItem(key, '1');
    } catch {
      // Storage may be disabled for the page; the background still remembers.
    }
  }

  function open(reserve: boolean): NoticeHost {
    return openNoticeHost({
      reserve,
      onEscalate: () =>
        void answer.then((model) => {
          if (model) deps.escalate(deps.currentUrl());
          else unmount();
        }),
    });
  }

  /**
   * Synchronously, in the content script's first task: the host and its
   * reserved strip, before the page paints; the content follows.
   */
  function start(): Promise<void> {
    const site = hostnameOf(deps.currentUrl());
    if (site && !hinted(dismissedHint(site)) && !hinted(confirmedHint(site))) host = open(true);
    return update();
  }

  function show(model: BannerModel | null, site: string): void {
    if (model && model.mode !== 'inform' && confirmedHosts.has(site)) model = null;
    if (!model) {
      unmount();
      return;
    }
    // Show a model only once; a new one (other part, mode or settings) replaces it.
    const key = JSON.stringify({ ...model, pageUrl: '' });
    if (host?.active && shownKey === key) return;
    // A host the page forced out (escalated) is not reused: the notice page has taken over.
    if (host && !host.active) return;
    host ??= open(model.mode === 'inform');
    shownKey = key;
    host.show(
      model,
      {
        onDismiss: () => {
          unmount();
          remember(dismissedHint(site));
          void deps.send({ type: 'dismiss', url: deps.currentUrl() });
        },
        onLearnMore: () => void deps.send({ type: 'open-details', fragment: model.detailsFragment }),
      },
      { confirmFrameUrl: deps.confirmFrameUrl },
    );
  }

  /** `url`: the address a single-page app is moving to (the Navigation API reports it before it commits). */
  async function update(url = deps.currentUrl()): Promise<void> {
    const run = ++latest;
    const site = hostnameOf(url);
    let answered = false;
    const current = deps.send({ type: 'resolve', url }).then((model) => {
      answered = true;
      return model as BannerModel | null;
    });
    answer = current;
    if (!shownKey) {
      const early = await deps.snapshot(url).catch(() => undefined);
      const hidden = early?.mode === 'inform' && early.dismissible && hinted(dismissedHint(site));
      if (early && !hidden && !answered && run === latest) show(early, site);
    }
    const model = await current;
    if (run === latest) show(model, site);
  }

  /** The background recorded the user's confirmation, made in the extension's own frame. */
  function confirmed(): void {
    const site = hostnameOf(deps.currentUrl());
    confirmedHosts.add(site);
    remember(confirmedHint(site));
    unmount();
  }

  return { start, update, confirmed, unmount };
}
