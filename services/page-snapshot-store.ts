/** Keeps the page snapshot in `storage.local` in step with the policy (see core/notice/page-snapshot.ts). */
import type { EffectivePolicy } from '../core/settings/effective-policy';
import { buildPageSnapshot, SnapshotIndexSchema } from '../core/notice/page-snapshot';
import { SNAPSHOT_INDEX_KEY, snapshotModelKey } from '../core/storage-keys';

export async function writePageSnapshot(policy: EffectivePolicy): Promise<void> {
  const { index, models } = buildPageSnapshot(policy);
  const stored = SnapshotIndexSchema.safeParse(
    (await browser.storage.local.get(SNAPSHOT_INDEX_KEY))[SNAPSHOT_INDEX_KEY],
  );
  const stale = (stored.success ? stored.data.tools : [])
    .flatMap((t) => t.parts.map((p) => p.key))
    .filter((key) => !(key in models));
  // One model per key, so a page reads only its own.
  const entries = Object.fromEntries(
    Object.entries(models).map(([key, model]) => [snapshotModelKey(key), model]),
  );
  await browser.storage.local.set({ ...entries, [SNAPSHOT_INDEX_KEY]: index });
  if (stale.length > 0) await browser.storage.local.remove(stale.map(snapshotModelKey));
}
