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
import { confirmedHintKey, dismissedHintKey, quietHintKey } from '../core/storage-keys';
import { basisOf, basisTag } from '../core/notice/verdict-basis';
import { type NoticeHost, openNoticeHost } from './notice-host';

export interface BannerControllerDeps {
  /** Sends a message to the background; its answers are ours, so they are trusted. */
  send(message: Message): Promise<unknown>;
  currentUrl(): string;
  /** What the page snapshot says, without waking the background (see services/page-snapshot-reader.ts). */
  snapshot(url: string): Promise<BannerModel | undefined>;
  /** Per tab and site, for this browser session: the page's sessionStorage. */
  tabMemory: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** Per site, across tabs: the page's localStorage (only the quiet hint, see core/storage-keys.ts). */
  siteMemory: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  /** The extension page that takes a confirmation in this tab (a fresh address each time). */
  confirmFrameUrl(): Promise<string>;
  /** The page would not let the notice stay: show it beyond the page's reach. */
  escalate(url: string): void;
}

/**
 * The tag of the verdict a decision was given for. The page's sessionStorage
 * hints (dismissedHintKey, confirmedHintKey) hold it: they spare the page a
 * reserved strip, never hide the background's answer, and a changed verdict
 * shows again (issue 12). Old snapshots without a basis never match.
 */
const keyOf = (model: BannerModel) => (model.basis ? basisTag(basisOf(model)) : '');

export function createBannerController(deps: BannerControllerDeps) {
  let host: NoticeHost | undefined;
  /** What the host shows (empty while only its strip is reserved). */
  let shownKey = '';
  /** The notice shown, whose verdict a decision on it is given for. */
  let shownModel: BannerModel | undefined;
  /**
   * A confirmation holds for this document even where IT keeps none
   * (acknowledgementHours 0) — for the verdict it was given for (site → tag).
   */
  const confirmedHosts = new Map<string, string>();
  let latest = 0;
  /** The background's latest answer: only a notice it confirms is worth leaving the page for. */
  let answer: Promise<BannerModel | null> = Promise.resolve(null);

  const hostnameOf = (url: string) => normaliseUrl(url)?.hostname ?? '';

  function unmount() {
    host?.remove();
    host = undefined;
    shownKey = '';
    shownModel = undefined;
  }

  /** The hint's verdict tag, or null without one. */
  function hint(key: string): string | null {
    try {
      return deps.tabMemory?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** "Verstanden" or a confirmation in this tab on this site, whatever verdict it was for. */
  function decidedInTab(site: string): boolean {
    return hint(dismissedHintKey(site)) !== null || hint(confirmedHintKey(site)) !== null;
  }

  function quietLastTime(site: string): boolean {
    try {
      return deps.siteMemory?.getItem(quietHintKey(site)) === '1';
    } catch {
      return false;
    }
  }

  /** Learnt from the background's answer: a new tab reserves the strip only where a notice came last time. */
  function rememberQuiet(site: string, quiet: boolean): void {
    try {
      if (quiet === quietLastTime(site)) return;
      if (quiet) deps.siteMemory?.setItem(quietHintKey(site), '1');
      else deps.siteMemory?.removeItem(quietHintKey(site));
    } catch {
      // Storage may be disabled for the page: then the strip is reserved each time, as before.
    }
  }

  function remember(key: string, model: BannerModel | undefined): void {
    try {
      deps.tabMemory?.setItem(key, model ? keyOf(model) : '');
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
    // Before any model is known, any decision here (or no notice last time) spares the strip; a
    // changed verdict or an expired decision shows later, once moving the page.
    if (site && !decidedInTab(site) && !quietLastTime(site)) host = open(true);
    return update();
  }

  function show(model: BannerModel | null, site: string): void {
    if (model && model.mode !== 'inform' && confirmedHosts.get(site) === keyOf(model)) model = null;
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
    shownModel = model;
    host.show(
      model,
      {
        onDismiss: () => {
          unmount();
          remember(dismissedHintKey(site), model);
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
    // Where no notice came last time, a decision probably still holds: wait for the background's
    // answer rather than flash the snapshot's notice.
    if (!shownKey && !quietLastTime(site)) {
      const early = await deps.snapshot(url).catch(() => undefined);
      const hidden =
        early?.mode === 'inform' && early.dismissible && hint(dismissedHintKey(site)) === keyOf(early);
      if (early && !hidden && !answered && run === latest) show(early, site);
    }
    const model = await current;
    if (run !== latest) return;
    show(model, site);
    // A decision of this tab ("Verstanden", a confirmation here) may hold for this tab only: it
    // tells nothing about other tabs, so it neither sets nor clears the hint.
    if (site && !(model === null && decidedInTab(site))) rememberQuiet(site, model === null);
  }

  /** The background recorded the user's confirmation, made in the extension's own frame. */
  function confirmed(): void {
    const site = hostnameOf(deps.currentUrl());
    const tag = shownModel ? keyOf(shownModel) : '';
    confirmedHosts.set(site, tag);
    remember(confirmedHintKey(site), shownModel);
    // A confirmation usually holds in other tabs too (acknowledgementHours); where it does not, the
    // covering notice comes with the background's answer, over the page, without moving it.
    if (site) rememberQuiet(site, true);
    unmount();
  }

  return { start, update, confirmed, unmount };
}
