/**
 * The banner script reads the page snapshot straight from `storage.local`:
 * no service worker needs to wake for it. Runs on catalogued pages, so it
 * imports nothing heavy (no zod); the background's answer follows and wins.
 */
import type { BannerModel } from '../core/notice/banner-model';
import { decisionHolds } from '../core/notice/decision-expiry';
import { matchSnapshot, type SnapshotIndex } from '../core/matching/match-snapshot';
import { normaliseUrl } from '../core/matching/normalise-url';
import { DECISIONS_KEY, SNAPSHOT_INDEX_KEY, snapshotModelKey } from '../core/storage-keys';
import { basisOf } from '../core/notice/verdict-basis';

/** What the snapshot says this page shows, unless a stored decision says otherwise. */
export async function snapshotBanner(url: string): Promise<BannerModel | undefined> {
  const host = normaliseUrl(url)?.hostname;
  if (!host) return undefined;
  const stored = await browser.storage.local.get([SNAPSHOT_INDEX_KEY, DECISIONS_KEY]);
  const index = stored[SNAPSHOT_INDEX_KEY] as SnapshotIndex | undefined;
  if (!Array.isArray(index?.tools)) return undefined;
  const key = matchSnapshot(index, url);
  if (!key) return undefined;
  const model = (await browser.storage.local.get(snapshotModelKey(key)))[snapshotModelKey(key)] as
    BannerModel | undefined;
  // Block mode is the browser's redirect; the background decides anything unusual.
  if (!model || model.mode === 'block') return undefined;
  // A decision for another verdict (mode, statements, profile) does not hide it: the background says what changed.
  if (
    (model.mode !== 'inform' || model.dismissible) &&
    model.basis &&
    decisionHolds(stored[DECISIONS_KEY], host, basisOf(model), Date.now())
  )
    return undefined;
  return { ...model, pageUrl: url };
}
