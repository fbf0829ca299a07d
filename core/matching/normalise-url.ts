/** The parts of a page address that matching looks at. */
export interface PageLocation {
  /** Lower-case ASCII hostname (punycode for IDNs), without trailing dot or port. */
  hostname: string;
  pathname: string;
}

/**
 * Normalises a page address for matching. Only `http:`/`https:` pages can be
 * an online service; everything else (extension pages, `file:`, `data:`,
 * `about:`, garbage) yields `undefined`.
 *
 * `new URL` already lower-cases, converts IDNs to punycode and drops the port;
 * we add the trailing-dot rule (`zoom.us.` is `zoom.us`).
 */
export function normaliseUrl(href: string): PageLocation | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const hostname = normaliseHostname(url.hostname);
  if (!hostname) return undefined;
  return { hostname, pathname: url.pathname || '/' };
}

/**
 * Lower-case, punycode, no trailing dot. Returns `undefined` for IP literals
 * and anything that is not a DNS name, which no rule can mean.
 */
export function normaliseHostname(input: string): string | undefined {
  let host = input.trim().toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (!host || host.startsWith('[') || /^[\d.]+$/.test(host)) return undefined;
  if (/[^a-z0-9.-]/.test(host)) {
    // Unicode (IDN) input: let the URL parser produce the punycode form.
    try {
      host = new URL(`https://${host}/`).hostname;
    } catch {
      return undefined;
    }
  }
  if (host.split('.').some((label) => label.length === 0)) return undefined;
  return host;
}
