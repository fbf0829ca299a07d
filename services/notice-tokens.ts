/**
 * One token per tab for the confirmation frame: the banner script asks for it
 * and puts it in the frame's address, and the frame must present it. A page
 * that embeds the frame page itself (to have the user click in it unseen)
 * has no token. Kept in `storage.session`, which content scripts cannot read,
 * so it outlives a sleeping service worker.
 */
import { NOTICE_TOKENS_KEY as KEY } from '../core/storage-keys';

async function readTokens(): Promise<Record<string, string>> {
  const value = (await browser.storage.session.get(KEY))[KEY];
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}

/** A fresh token for this tab; the previous one is void (only the newest frame counts). */
export async function issueNoticeToken(tabId: number): Promise<string> {
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [KEY]: { ...(await readTokens()), [tabId]: token } });
  return token;
}

export async function holdsNoticeToken(tabId: number, token: string): Promise<boolean> {
  return (await readTokens())[tabId] === token;
}

export async function forgetNoticeToken(tabId: number): Promise<void> {
  const tokens = await readTokens();
  if (!(tabId in tokens)) return;
  delete tokens[tabId];
  await browser.storage.session.set({ [KEY]: tokens });
}
