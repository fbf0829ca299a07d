/**
 * Who sent a message. A content script shares its process with a page that
 * may be hostile, and acts on what that page shows it; the extension's own
 * pages (including the confirmation frame inside a notice) are out of the
 * page's reach. Decisions the user makes are taken only from the latter.
 */
import type { Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

const EXTENSION_SCHEME = /^(chrome|moz)-extension:\/\//;

/** One of this extension's own pages, top-level or framed. A content script's `url` is its web page's. */
export function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && EXTENSION_SCHEME.test(sender.url ?? '');
}

/** The banner script in a tab's top frame. */
export function isTopContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.frameId === 0 && !EXTENSION_SCHEME.test(sender.url ?? '');
}
