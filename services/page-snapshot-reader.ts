/**
 * The banner script reads the page snapshot straight from `storage.local`:
 * no service worker needs to wake for it. Runs on catalogued pages, so it
 * imports nothing heavy (no zod); the background's answer follows and wins.
 */
import type { BannerModel } from '../core/notice/banner-model';
import { decisionHolds } from '../core/notice/decision-expiry';
import { matchSnapshot, type SnapshotIndex } from '../core/matching/match-snapshot';
import { normaliseUrl } from '../core/matching/normalise-url';
import {
  ACKNOWLEDGED_UNTIL_KEY,
  DISMISSED_UNTIL_KEY,
  SNAPSHOT_INDEX_KEY,
  snapshotModelKey,
} from '../core/storage-keys';

/** What the snapshot says this page shows, unless a stored decision says otherwise. */
export async function snapshotBanner(url: string): Promise<BannerModel | undefined> {
  const host = normaliseUrl(url)?.hostname;
  if (!host) return undefined;
  const stored = await browser.storage.local.get([
    SNAPSHOT_INDEX_KEY,
    DISMISSED_UNTIL_KEY,
    ACKNOWLEDGED_UNTIL_KEY,
  ]);
  const index = stored[SNAPSHOT_INDEX_KEY] as SnapshotIndex | undefined;
  if (!Array.isArray(index?.tools)) return undefined;
  const key = matchSnapshot(index, url);
  if (!key) return undefined;
  const model = (await browser.storage.local.get(snapshotModelKey(key)))[snapshotModelKey(key)] as
    BannerModel | undefined;
  // Block mode is the browser's redirect; the background decides anything unusual.
  if (!model || model.mode === 'block') return undefined;
  if (
    model.mode === 'inform' &&
    model.dismissible &&
    decisionHolds(stored[DISMISSED_UNTIL_KEY], host, Date.now())
  )
    return undefined;
  if (model.mode !== 'inform' && decisionHolds(stored[ACKNOWLEDGED_UNTIL_KEY], host, Date.now()))
    return undefined;
  return { ...model, pageUrl: url };
}
