/**
 * The banner script's side of the page snapshot (see page-snapshot.ts): which
 * part a page belongs to, with the background's matching. Imports nothing
 * heavy: it runs on every catalogued page.
 */
import { buildHostIndex, inHostTree } from './host-index';
import { normaliseUrl } from './normalise-url';

export interface SnapshotIndex {
  tools: Array<{ id: string; parts: Array<{ key: string; hosts: string[]; paths?: string[] }> }>;
  exceptionHosts: string[];
}

/** The part key the snapshot holds for this page, with the same matching as the background. */
export function matchSnapshot(index: SnapshotIndex, href: string): string | undefined {
  const page = normaliseUrl(href);
  if (!page || inHostTree(new Set(index.exceptionHosts), page.hostname)) return undefined;
  const hit = buildHostIndex(index.tools).lookup(page.hostname, page.pathname);
  return hit?.part.key;
}
