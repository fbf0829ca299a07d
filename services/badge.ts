import type { Level } from '../core/catalogue/policy-schema';

/** Marks a tab whose site is in the catalogue: "!" where it warns, "i" where it informs. */
export async function showBadge(tabId: number, level: Level | undefined): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: level === 'warn' ? '!' : level === 'inform' ? 'i' : '' });
  if (level) await action.setBadgeBackgroundColor({ tabId, color: level === 'warn' ? '#a4262c' : '#0b5cad' });
}
