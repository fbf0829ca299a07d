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
import { inPageModel, resolvePage } from '../core/notice/resolve-page';
import { showBadge } from './badge';
import { allowInTab, readBlockEnforcement } from './block-rules-store';
import { NOTICE_CONFIRMED } from '../core/notice/notice-confirmed';
import { decisionFor, recordDecision } from './decision-store';
import { basisOf } from '../core/notice/verdict-basis';
import { describeChanges, verdictChanges } from '../core/notice/verdict-changes';
import { retentionDays } from '../core/notice/user-decisions';
import type { EffectivePolicy } from '../core/settings/effective-policy';
import { hasPass, passInTab } from './notice-passes';
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
    const resolved = resolvePage(policy, url);
    const model = resolved ? inPageModel(policy, resolved) : null;
    // The page waits for this answer: the toolbar badge need not hold it up.
    void showBadge(tabId, model?.level).catch(() => undefined);
    const host = normaliseUrl(url)?.hostname;
    if (!model || !host) return model;
    if (await hasPass(tabId, host)) return null;
    const decision = await decisionFor(tabId, host, retentionDays(policy.settings));
    if (!decision) return model;
    // A decision holds for the verdict it was given for; a changed one asks again, saying what changed.
    const changes = verdictChanges(decision.basis, basisOf(model));
    if (changes.length > 0) return { ...model, changes: describeChanges(changes, policy.lookup, model.lang) };
    return (decision.kind === 'dismissal' && model.dismissible) ||
      (decision.kind === 'confirmation' && covering(model))
      ? null
      : model;
  }

  /** Records a decision on the notice the background itself resolves for this address. */
  async function decide(
    policy: EffectivePolicy,
    model: BannerModel,
    host: string,
    kind: 'dismissal' | 'confirmation',
    options: { hours: number; tabId: number | undefined; reason?: string },
  ): Promise<void> {
    await recordDecision(
      {
        kind,
        host,
        toolId: model.toolId,
        toolName: model.toolName,
        basis: basisOf(model),
        ...(options.reason ? { reason: options.reason } : {}),
      },
      { hours: options.hours, tabId: options.tabId, retentionDays: retentionDays(policy.settings) },
    );
  }

  /** Records the user's confirmation of the notice at `url`; false if nothing there asks for one. */
  async function recordConfirmation(
    url: string,
    reason: string | undefined,
    tabId: number | undefined,
  ): Promise<boolean> {
    const { policy } = await getState();
    const model = resolvePage(policy, url);
    const host = normaliseUrl(url)?.hostname;
    if (!model || !host || !covering(model)) return false;
    if (model.mode === 'reason' && !reason) return false;
    await decide(policy, model, host, 'confirmation', {
      hours: policy.settings.acknowledgementHours ?? 24,
      tabId,
      ...(model.mode === 'reason' && reason ? { reason } : {}),
    });
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
          await decide(policy, model, host, 'dismissal', {
            hours: policy.settings.dismissal?.hours ?? 0,
            tabId,
          });
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
        if (!frame || !(await recordConfirmation(frame.url, message.reason, frame.tabId))) return undefined;
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
        if (!isExtensionPage(sender) || !(await recordConfirmation(message.url, message.reason, tabId)))
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
        return diagnosticsReport(state.policy, state.managedReadAt, {
          blocking: await readBlockEnforcement(),
          url: message.url,
        });
      }
    }
  };
}
