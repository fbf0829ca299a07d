/**
 * Answers the messages of content scripts and extension pages. Every message
 * is parsed first: content scripts share a process with untrusted pages.
 */
import type { Browser } from 'wxt/browser';
import type { BannerModel } from '../core/notice/banner-model';
import { type DiagnosticsReport, diagnosticsReport } from '../core/settings/diagnostics';
import { Message } from '../core/messages';
import { normaliseUrl } from '../core/matching/normalise-url';
import type { ProfileId } from '../core/catalogue/policy-schema';
import { resolvePage } from '../core/notice/resolve-page';
import { showBadge } from './badge';
import { allowInTab } from './block-rules-store';
import { NOTICE_CONFIRMED } from '../core/notice/notice-confirmed';
import {
  acknowledge,
  dismiss,
  hasPass,
  isAcknowledged,
  isDismissed,
  passInTab,
  recordReason,
} from './dismissals';
import { isExtensionPage, isTopContentScript } from './message-sender';
import { forgetNoticeToken, holdsNoticeToken, issueNoticeToken } from './notice-tokens';
import type { PolicyState } from './policy-state';

type Sender = Browser.runtime.MessageSender;

export interface StatusAnswer {
  model: BannerModel | null;
  profileId: ProfileId;
  profileName: string;
  catalogue: { version: string; stand: string };
  demoAllowed: boolean;
}

export type Answer = BannerModel | StatusAnswer | DiagnosticsReport | string | null | undefined;

const covering = (model: BannerModel | undefined) =>
  model?.mode === 'acknowledge' || model?.mode === 'reason';

export function createMessageHandler(getState: () => Promise<PolicyState>) {
  async function resolveInTab(url: string, tabId: number): Promise<BannerModel | null> {
    const { policy } = await getState();
    const model = resolvePage(policy, url) ?? null;
    // The page waits for this answer: the toolbar badge need not hold it up.
    void showBadge(tabId, model?.level).catch(() => undefined);
    const host = normaliseUrl(url)?.hostname;
    if (!model || !host) return model;
    if (await hasPass(tabId, host)) return null;
    if (model.mode === 'inform' && model.dismissible && (await isDismissed(tabId, host))) return null;
    if ((model.mode === 'acknowledge' || model.mode === 'reason') && (await isAcknowledged(host)))
      return null;
    return model;
  }

  /** Records the user's confirmation of the notice at `url`; false if nothing there asks for one. */
  async function recordConfirmation(url: string, reason: string | undefined): Promise<boolean> {
    const { policy } = await getState();
    const model = resolvePage(policy, url);
    const host = normaliseUrl(url)?.hostname;
    if (!model || !host || !covering(model)) return false;
    if (model.mode === 'reason') {
      if (!reason) return false;
      await recordReason({ host, toolId: model.toolId, reason, at: Date.now() });
    }
    await acknowledge(host, policy.settings.acknowledgementHours ?? 24);
    return true;
  }

  /** The confirmation frame of this tab's notice: an extension page, framed in the tab, holding the tab's token. */
  async function fromNoticeFrame(
    sender: Sender,
    token: string,
  ): Promise<{ tabId: number; url: string } | undefined> {
    const tabId = sender.tab?.id;
    const url = sender.tab?.url;
    if (tabId === undefined || !url || !isExtensionPage(sender) || sender.frameId === 0) return undefined;
    return (await holdsNoticeToken(tabId, token)) ? { tabId, url } : undefined;
  }

  return async function handle(raw: unknown, sender: Sender): Promise<Answer> {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'resolve':
        return tabId === undefined ? null : resolveInTab(message.url, tabId);
      case 'dismiss': {
        if (!isTopContentScript(sender)) return undefined;
        const { policy } = await getState();
        const model = resolvePage(policy, message.url);
        const host = normaliseUrl(message.url)?.hostname;
        if (tabId !== undefined && host && model?.dismissible) {
          await dismiss(tabId, host, policy.settings.dismissal?.hours ?? 0);
        }
        return undefined;
      }
      case 'notice-token':
        return tabId !== undefined && isTopContentScript(sender) ? issueNoticeToken(tabId) : undefined;
      case 'notice-frame': {
        const frame = await fromNoticeFrame(sender, message.token);
        return frame ? resolveInTab(frame.url, frame.tabId) : null;
      }
      case 'confirm': {
        // The page's address as the browser knows it, never one the message names.
        const frame = await fromNoticeFrame(sender, message.token);
        if (!frame || !(await recordConfirmation(frame.url, message.reason))) return undefined;
        await forgetNoticeToken(frame.tabId);
        try {
          await browser.tabs.sendMessage(frame.tabId, { type: NOTICE_CONFIRMED }, { frameId: 0 });
        } catch {
          // The tab moved on meanwhile: the confirmation is recorded all the same.
        }
        return undefined;
      }
      case 'resolve-notice': {
        if (!isExtensionPage(sender)) return null;
        const model = resolvePage((await getState()).policy, message.url);
        return model && model.mode !== 'block' ? model : null;
      }
      case 'acknowledge': {
        if (!isExtensionPage(sender) || !(await recordConfirmation(message.url, message.reason)))
          return undefined;
        const host = normaliseUrl(message.url)?.hostname;
        if (tabId !== undefined && host) await passInTab(tabId, host);
        return undefined;
      }
      case 'pass': {
        const host = normaliseUrl(message.url)?.hostname;
        if (tabId !== undefined && host && isExtensionPage(sender)) await passInTab(tabId, host);
        return undefined;
      }
      case 'open-details':
        await browser.tabs.create({ url: browser.runtime.getURL(`/catalogue.html${message.fragment}`) });
        return undefined;
      case 'resolve-blocked': {
        const model = resolvePage((await getState()).policy, message.url);
        return model?.mode === 'block' ? model : null;
      }
      case 'continue': {
        const model = resolvePage((await getState()).policy, message.url);
        const host = normaliseUrl(message.url)?.hostname;
        if (tabId !== undefined && host && model?.mode === 'block' && model.continueAllowed)
          await allowInTab(tabId, host);
        return undefined;
      }
      case 'status': {
        const { policy } = await getState();
        const profile = policy.lookup.catalogue.profiles.find((p) => p.id === policy.view.profile);
        return {
          model: message.url ? (resolvePage(policy, message.url) ?? null) : null,
          profileId: policy.view.profile,
          profileName: profile?.name[policy.view.language] ?? policy.view.profile,
          catalogue: policy.lookup.catalogue.meta,
          demoAllowed: policy.settings.demoMode ?? true,
        };
      }
      case 'diagnostics': {
        const state = await getState();
        return diagnosticsReport(state.policy, state.managedReadAt);
      }
    }
  };
}
