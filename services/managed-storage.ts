import { MANAGED_CACHE_KEY } from '../core/storage-keys';

/**
 * Reads the organisation's settings from managed storage. Firefox rejects
 * `storage.managed.get()` when no policy exists, and Chromium answers only
 * seconds after browser start: both mean "nothing yet", never an error that
 * stops the warning.
 */
export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}

/**
 * The last managed settings read, kept so that a restarted service worker or
 * browser applies them at once instead of waiting for managed storage.
 */

export async function readManagedCache(): Promise<unknown> {
  return (await browser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY];
}

export async function writeManagedCache(raw: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set({ [MANAGED_CACHE_KEY]: raw });
}
