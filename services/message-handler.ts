/**
 * Answers the messages of content scripts and extension pages. Every message
 * is parsed first: content scripts share a process with untrusted pages.
 */
import type { Browser } from 'wxt/browser';
import type { BannerModel } from '../core/banner-model';
import { Message } from '../core/messages';
import { normaliseUrl } from '../core/normalise-url';
import { resolveBanner, type CatalogueLookup, type ViewConfig } from '../core/resolve-banner';
import { showBadge } from './badge';
import { dismiss, isDismissed } from './dismissals';

export interface HandlerDeps {
  lookup(): CatalogueLookup;
  config(): Promise<ViewConfig>;
}

type Sender = Browser.runtime.MessageSender;

export function createMessageHandler(deps: HandlerDeps) {
  async function resolveFor(url: string, sender: Sender): Promise<BannerModel | null> {
    const model = resolveBanner(deps.lookup(), await deps.config(), url) ?? null;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return model;
    await showBadge(tabId, model?.level);
    const host = normaliseUrl(url)?.hostname;
    if (model && host && (await isDismissed(tabId, host))) return null;
    return model;
  }

  return async function handle(raw: unknown, sender: Sender): Promise<BannerModel | null | undefined> {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    switch (message.type) {
      case 'resolve':
        return resolveFor(message.url, sender);
      case 'dismiss': {
        const host = normaliseUrl(message.url)?.hostname;
        if (sender.tab?.id !== undefined && host) await dismiss(sender.tab.id, host);
        return undefined;
      }
      case 'open-details':
        await browser.tabs.create({ url: browser.runtime.getURL(`/catalogue.html${message.fragment}`) });
        return undefined;
    }
  };
}
