/**
 * The policy in force, kept by the background. It starts from what is at
 * hand (bundled catalogue, cached organisation settings, user settings) so
 * the first page is warned at once, then applies managed storage when the
 * browser delivers it, and again whenever it changes.
 */
import { buildEffectivePolicy, type EffectivePolicy } from '../core/settings/effective-policy';
import { parseManagedSettings } from '../core/settings/parse-managed-settings';
import { languageFromLocale } from '../core/ui-text';
import { bundledCatalogue } from './bundled-catalogue';
import { readManagedCache, readManagedStorage, writeManagedCache } from './managed-storage';
import type { UserSettings } from '../core/settings/user-settings';
import { readUserSettings } from './user-settings-store';

export interface PolicyState {
  policy: EffectivePolicy;
  /** When managed storage was last read (ms since epoch), or undefined before the first read. */
  managedReadAt: number | undefined;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The policy in force for these raw managed settings and the stored user settings. */
export async function buildPolicy(rawManaged: unknown, user?: UserSettings): Promise<EffectivePolicy> {
  return buildEffectivePolicy({
    catalogue: bundledCatalogue,
    managed: parseManagedSettings(rawManaged),
    user: user ?? (await readUserSettings()),
    browserLanguage: languageFromLocale(browser.i18n.getUILanguage()),
    today: today(),
  });
}

export function createPolicyState(onChange: (state: PolicyState) => Promise<void>) {
  let rawManaged: unknown;
  let managedReadAt: number | undefined;
  // A page may be waiting for its banner while the worker starts: read both stores at once.
  let current: Promise<PolicyState> = (async () => {
    const [cached, user] = await Promise.all([readManagedCache(), readUserSettings()]);
    rawManaged = cached;
    return { policy: await buildPolicy(cached, user), managedReadAt };
  })();

  async function rebuild(): Promise<void> {
    current = buildPolicy(rawManaged).then((policy) => ({ policy, managedReadAt }));
    await onChange(await current);
  }

  async function readManaged(): Promise<void> {
    // Let the start-up read of the cache finish first, so it cannot overwrite fresher settings.
    await current;
    const fresh = await readManagedStorage();
    managedReadAt = Date.now();
    // Every service-worker start reads managed storage; only a real change rebuilds.
    if (JSON.stringify(fresh) === JSON.stringify(rawManaged ?? {})) {
      current = current.then((s) => ({ ...s, managedReadAt }));
      return;
    }
    rawManaged = fresh;
    await rebuild();
    // Written last: a cache equal to managed storage means the settings are applied.
    await writeManagedCache(fresh);
  }

  return {
    get: () => current,
    readManaged,
    rebuild,
  };
}
