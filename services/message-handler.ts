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
import { allowInTab, readBlockEnforcement } from './block-rules-store';
import { acknowledge, dismiss, isAcknowledged, isDismissed, recordReason } from './dismissals';
import type { PolicyState } from './policy-state';

type Sender = Browser.runtime.MessageSender;

export interface StatusAnswer {
  model: BannerModel | null;
  profileId: ProfileId;
  profileName: string;
  catalogue: { version: string; stand: string };
  demoAllowed: boolean;
}

export type Answer = BannerModel | StatusAnswer | DiagnosticsReport | null | undefined;

export function createMessageHandler(getState: () => Promise<PolicyState>) {
  async function resolveInTab(url: string, tabId: number): Promise<BannerModel | null> {
    const { policy } = await getState();
    const model = resolvePage(policy, url) ?? null;
    // The page waits for this answer: the toolbar badge need not hold it up.
    void showBadge(tabId, model?.level).catch(() => undefined);
    const host = normaliseUrl(url)?.hostname;
    if (!model || !host) return model;
    if (model.mode === 'inform' && model.dismissible && (await isDismissed(tabId, host))) return null;
    if ((model.mode === 'acknowledge' || model.mode === 'reason') && (await isAcknowledged(host)))
      return null;
    return model;
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
        const { policy } = await getState();
        const model = resolvePage(policy, message.url);
        const host = normaliseUrl(message.url)?.hostname;
        if (tabId !== undefined && host && model?.dismissible) {
          await dismiss(tabId, host, policy.settings.dismissal?.hours ?? 0);
        }
        return undefined;
      }
      case 'acknowledge': {
        const { policy } = await getState();
        const model = resolvePage(policy, message.url);
        const host = normaliseUrl(message.url)?.hostname;
        if (!model || !host) return undefined;
        if (model.mode === 'reason') {
          if (!message.reason) return undefined;
          await recordReason({ host, toolId: model.toolId, reason: message.reason, at: Date.now() });
        }
        await acknowledge(host, policy.settings.acknowledgementHours ?? 24);
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
