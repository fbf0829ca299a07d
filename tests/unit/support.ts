import { resolve } from 'node:path';
import { createCatalogueLookup } from '../../core/catalogue/catalogue-lookup';
import { compileCatalogue } from '../../core/catalogue/compile-catalogue';
import { buildEffectivePolicy } from '../../core/settings/effective-policy';
import { parseManagedSettings } from '../../core/settings/parse-managed-settings';
import type { UserSettings } from '../../core/settings/user-settings';
import { readPolicyFiles } from '../../scripts/load-policy';

/** The small, hand-made policy in tests/fixtures/mini-policy, compiled and indexed. */
export function miniLookup() {
  return createCatalogueLookup(
    compileCatalogue(readPolicyFiles(resolve(import.meta.dirname, '../fixtures/mini-policy'))),
  );
}

/** The effective policy for the mini catalogue with these raw managed settings and user choices. */
export function miniPolicy(managed: unknown = {}, user: UserSettings = {}) {
  return buildEffectivePolicy({
    catalogue: miniLookup().catalogue,
    managed: parseManagedSettings(managed),
    user,
    browserLanguage: 'de',
    today: '2026-11-22',
  });
}

/** An organisation's extra rule as an admin would write it. */
export const telegramRule = {
  id: 'telegram',
  name: 'Telegram',
  category: 'messenger',
  hosts: ['telegram.org', 't.me'],
  status: 'not-approved',
  summary: 'Telegram ist bei uns nicht freigegeben.',
  reasons: ['Die Dienstanweisung IT erlaubt nur dienstlich bereitgestellte Messenger.'],
};
