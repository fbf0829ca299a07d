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
import { decisionFor, recordDecision } from './decision-store';
import { basisOf } from '../core/notice/verdict-basis';
import { describeChanges, verdictChanges } from '../core/notice/verdict-changes';
import { retentionDays } from '../core/notice/user-decisions';
import type { EffectivePolicy } from '../core/settings/effective-policy';
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
    if (!model || !host || model.mode === 'block') return model;
    const decision = await decisionFor(tabId, host, retentionDays(policy.settings));
    if (!decision) return model;
    // A decision holds for the verdict it was given for; a changed one asks again, saying what changed.
    const changes = verdictChanges(decision.basis, basisOf(model));
    if (changes.length > 0) return { ...model, changes: describeChanges(changes, policy.lookup, model.lang) };
    const covering = model.mode === 'acknowledge' || model.mode === 'reason';
    return (decision.kind === 'dismissal' && model.dismissible) ||
      (decision.kind === 'confirmation' && covering)
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
          await decide(policy, model, host, 'dismissal', {
            hours: policy.settings.dismissal?.hours ?? 0,
            tabId,
          });
        }
        return undefined;
      }
      case 'acknowledge': {
        const { policy } = await getState();
        const model = resolvePage(policy, message.url);
        const host = normaliseUrl(message.url)?.hostname;
        if (!model || !host) return undefined;
        if (model.mode === 'reason' && !message.reason) return undefined;
        if (model.mode !== 'acknowledge' && model.mode !== 'reason') return undefined;
        await decide(policy, model, host, 'confirmation', {
          hours: policy.settings.acknowledgementHours ?? 24,
          tabId,
          ...(model.mode === 'reason' && message.reason ? { reason: message.reason } : {}),
        });
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
