/**
 * `storage.local` keys that the background writes and the banner script
 * reads directly. No imports: the content script stays small and zod-free.
 */

/** Where the banner script finds, without waking the background, what a page would show. */
export const SNAPSHOT_INDEX_KEY = 'pageSnapshot';
export const snapshotModelKey = (partKey: string): string => `pageSnapshot:${partKey}`;

/** host → until when (ms) "Verstanden" holds, where IT allows dismissal for hours. */
export const DISMISSED_UNTIL_KEY = 'dismissedUntil';
/** host → until when (ms) a confirmation (acknowledge/reason mode) holds. */
export const ACKNOWLEDGED_UNTIL_KEY = 'acknowledgedUntil';
