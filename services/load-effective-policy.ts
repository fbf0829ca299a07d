import type { EffectivePolicy } from '../core/effective-policy';
import { readManagedStorage } from './managed-storage';
import { buildPolicy } from './policy-state';

/**
 * The policy in force, for extension pages (popup, options, catalogue): the
 * same merge the background does, so pages and banner never disagree.
 */
export async function loadEffectivePolicy(): Promise<EffectivePolicy> {
  return buildPolicy(await readManagedStorage());
}
