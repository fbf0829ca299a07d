import type { EffectivePolicy } from '../core/settings/effective-policy';
import { readManagedCache, readManagedStorage } from './managed-storage';
import { buildPolicy } from './policy-state';

/**
 * The policy in force, for extension pages (popup, options, catalogue): the
 * same merge the background does, so pages and banner never disagree. The
 * organisation's settings come from the background's cache of what it
 * applied — managed storage can take seconds to answer after browser start —
 * and from managed storage only before the background has cached any.
 */
export async function loadEffectivePolicy(): Promise<EffectivePolicy> {
  const cached = await readManagedCache();
  return buildPolicy(cached ?? (await readManagedStorage()));
}
