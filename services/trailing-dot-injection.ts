/**
 * Firefox's match patterns do not match a host written with a trailing dot
 * (`https://web.whatsapp.com./`), which is the same site. There the
 * background injects the banner script itself as soon as the tab starts
 * loading a concerned page. Needs no further permission: `scripting` and the
 * host permissions are already there. The script runs once per document
 * however often it is injected.
 */
import type { Browser } from 'wxt/browser';
import { resolvePage } from '../core/notice/resolve-page';
import type { PolicyState } from './policy-state';

/** A web address whose host ends in a dot (the form match patterns miss). */
export function hasTrailingDotHost(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && hostname.length > 1 && hostname.endsWith('.');
  } catch {
    return false;
  }
}

export function injectOnTrailingDotHosts(getState: () => Promise<PolicyState>): void {
  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    const url = change.url ?? tab.url;
    if (change.status !== 'loading' || !url || !hasTrailingDotHost(url)) return;
    void getState()
      .then(({ policy }) => {
        const model = resolvePage(policy, url);
        // In block mode too: where the page loads all the same, it shows the strip as a reminder.
        if (!model) return;
        return browser.scripting.executeScript({
          target: { tabId },
          files: ['/content-scripts/banner.js'],
          injectImmediately: true,
        });
      })
      // The tab may have moved on or closed meanwhile.
      .catch(() => undefined);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
}
