/**
 * "Trotzdem fortfahren" on the notice page (where the page kept removing the
 * notice): that tab and site are let through until the browser closes, so the
 * page is not fought again. `storage.session`, per tab and site.
 */
import { NOTICE_PASSES_KEY } from '../core/storage-keys';

function entry(tabId: number, hostname: string): string {
  return `${tabId}|${hostname}`;
}

async function readPasses(): Promise<string[]> {
  const value = (await browser.storage.session.get(NOTICE_PASSES_KEY))[NOTICE_PASSES_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function passInTab(tabId: number, hostname: string): Promise<void> {
  const all = new Set(await readPasses());
  all.add(entry(tabId, hostname));
  await browser.storage.session.set({ [NOTICE_PASSES_KEY]: [...all] });
}

export async function hasPass(tabId: number, hostname: string): Promise<boolean> {
  return (await readPasses()).includes(entry(tabId, hostname));
}

export async function forgetPasses(tabId: number): Promise<void> {
  const prefix = `${tabId}|`;
  await browser.storage.session.set({
    [NOTICE_PASSES_KEY]: (await readPasses()).filter((e) => !e.startsWith(prefix)),
  });
}
