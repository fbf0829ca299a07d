/**
 * Records every request the browser makes, to prove the extension makes none
 * of its own: the only web requests allowed are the test's own navigations.
 */
import type { BrowserContext, Request } from 'playwright-core';

function origin(request: Request): string {
  if (request.serviceWorker()) return 'service-worker';
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

export function watchNetwork(context: BrowserContext) {
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  return {
    /** Web requests that are not a page navigation the test made itself. */
    unexpected(): string[] {
      return requests
        .filter((r) => /^(https?|wss?):/.test(r.url()))
        .filter((r) => !(r.isNavigationRequest() && r.resourceType() === 'document'))
        .filter((r) => !r.url().endsWith('/favicon.ico') || r.serviceWorker() !== null)
        .map((r) => `${r.method()} ${r.url()} from ${origin(r)}`);
    },
  };
}
