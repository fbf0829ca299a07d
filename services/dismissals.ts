/**
 * The user's decisions per site, on this device only:
 * - "Verstanden" for the session: `storage.session`, per tab and site, gone when the browser closes;
 * - "Verstanden" for some hours (if IT allows), and confirmations: `storage.local`, per site, with an expiry;
 * - the reasons users typed (reason mode): `storage.local`, never sent anywhere;
 * - "continue" on the notice page (where the page kept removing the notice):
 *   `storage.session`, per tab and site, so that tab's page is not fought again.
 */
import { ACKNOWLEDGED_UNTIL_KEY, DISMISSED_UNTIL_KEY } from '../core/storage-keys';
import { decisionHolds } from '../core/notice/decision-expiry';
import {
  appendReason,
  type ExpiryMap,
  parseExpiryMap,
  parseReasons,
  type ReasonEntry,
} from '../core/notice/user-decisions';

const SESSION_KEY = 'dismissals';
const REASONS_KEY = 'reasons';
const PASSES_KEY = 'noticePasses';

function entry(tabId: number, hostname: string): string {
  return `${tabId}|${hostname}`;
}

async function readSession(key = SESSION_KEY): Promise<string[]> {
  const value = (await browser.storage.session.get(key))[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

async function readExpiries(key: string): Promise<ExpiryMap> {
  return parseExpiryMap((await browser.storage.local.get(key))[key], Date.now());
}

async function addExpiry(key: string, host: string, hours: number): Promise<void> {
  const map = await readExpiries(key);
  map[host] = Date.now() + hours * 3_600_000;
  await browser.storage.local.set({ [key]: map });
}

export async function isDismissed(tabId: number, hostname: string): Promise<boolean> {
  const [session, timed] = await Promise.all([readSession(), readExpiries(DISMISSED_UNTIL_KEY)]);
  return session.includes(entry(tabId, hostname)) || decisionHolds(timed, hostname, Date.now());
}

/** `hours` 0: this tab and site until the browser closes; more: this site in every tab for that long. */
export async function dismiss(tabId: number, hostname: string, hours: number): Promise<void> {
  if (hours > 0) return addExpiry(DISMISSED_UNTIL_KEY, hostname, hours);
  const all = new Set(await readSession());
  all.add(entry(tabId, hostname));
  await browser.storage.session.set({ [SESSION_KEY]: [...all] });
}

export async function forgetTab(tabId: number): Promise<void> {
  const prefix = `${tabId}|`;
  const [dismissed, passes] = await Promise.all([readSession(), readSession(PASSES_KEY)]);
  await browser.storage.session.set({
    [SESSION_KEY]: dismissed.filter((e) => !e.startsWith(prefix)),
    [PASSES_KEY]: passes.filter((e) => !e.startsWith(prefix)),
  });
}

/** The user read the notice on the notice page and went on: this tab and site, until the browser closes. */
export async function passInTab(tabId: number, hostname: string): Promise<void> {
  const all = new Set(await readSession(PASSES_KEY));
  all.add(entry(tabId, hostname));
  await browser.storage.session.set({ [PASSES_KEY]: [...all] });
}

export async function hasPass(tabId: number, hostname: string): Promise<boolean> {
  return (await readSession(PASSES_KEY)).includes(entry(tabId, hostname));
}

export async function isAcknowledged(hostname: string): Promise<boolean> {
  return decisionHolds(await readExpiries(ACKNOWLEDGED_UNTIL_KEY), hostname, Date.now());
}

export async function acknowledge(hostname: string, hours: number): Promise<void> {
  if (hours > 0) await addExpiry(ACKNOWLEDGED_UNTIL_KEY, hostname, hours);
}

export async function recordReason(entry: ReasonEntry): Promise<void> {
  const list = parseReasons((await browser.storage.local.get(REASONS_KEY))[REASONS_KEY]);
  await browser.storage.local.set({ [REASONS_KEY]: appendReason(list, entry) });
}

export async function readReasons(): Promise<ReasonEntry[]> {
  return parseReasons((await browser.storage.local.get(REASONS_KEY))[REASONS_KEY]);
}
