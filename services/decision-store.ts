/**
 * The user's decisions per site, on this device only (see core/notice/user-decisions.ts):
 * - "Verstanden" until the browser closes: `storage.session`, per tab and site;
 * - "Verstanden" for some hours (if IT allows), confirmations and the reasons
 *   typed in reason mode: `storage.local`, with an expiry; reasons for as long
 *   as the organisation's retention allows. Nothing here is ever sent anywhere.
 * Every read drops what has run out, so nothing outlives its retention.
 */
import { DECISIONS_KEY, RETIRED_KEYS, SESSION_DISMISSALS_KEY } from '../core/storage-keys';
import {
  addDecision,
  type Decision,
  holdingDecision,
  parseDecisions,
  pruneDecisions,
} from '../core/notice/user-decisions';

export interface StoredDecisions {
  /** `storage.local`: timed dismissals, confirmations, reasons. */
  kept: Decision[];
  /** `storage.session`: dismissals until the browser closes. */
  session: Decision[];
}

type Area = typeof browser.storage.local;

async function readList(area: Area, key: string, retentionDays: number): Promise<Decision[]> {
  const raw = (await area.get(key))[key];
  const kept = pruneDecisions(parseDecisions(raw), Date.now(), retentionDays);
  // Write back only when something ran out or was damaged: a read alone changes nothing else.
  if (raw !== undefined && JSON.stringify(kept) !== JSON.stringify(raw)) await area.set({ [key]: kept });
  return kept;
}

export async function readDecisions(retentionDays: number): Promise<StoredDecisions> {
  const [kept, session] = await Promise.all([
    readList(browser.storage.local, DECISIONS_KEY, retentionDays),
    readList(browser.storage.session, SESSION_DISMISSALS_KEY, retentionDays),
  ]);
  return { kept, session };
}

/** The decision that holds for this site in this tab, if any. */
export async function decisionFor(
  tabId: number,
  host: string,
  retentionDays: number,
): Promise<Decision | undefined> {
  const { kept, session } = await readDecisions(retentionDays);
  return holdingDecision([...kept, ...session], host, Date.now(), tabId);
}

export type NewDecision = Omit<Decision, 'id' | 'at' | 'until' | 'tabId'>;

/**
 * `hours` 0 for a dismissal: this tab and site until the browser closes; for
 * a confirmation: this visit only (kept only for its reason). More: this site
 * in every tab for that long.
 */
export async function recordDecision(
  decision: NewDecision,
  options: { hours: number; tabId: number | undefined; retentionDays: number },
): Promise<void> {
  const at = Date.now();
  const entry: Decision = { ...decision, id: crypto.randomUUID(), at };
  const inSession = decision.kind === 'dismissal' && options.hours === 0;
  if (inSession) {
    if (options.tabId === undefined) return;
    entry.tabId = options.tabId;
  } else {
    entry.until = at + options.hours * 3_600_000;
  }
  const [area, key] = inSession
    ? [browser.storage.session, SESSION_DISMISSALS_KEY]
    : [browser.storage.local, DECISIONS_KEY];
  const list = await readList(area, key, options.retentionDays);
  await area.set({ [key]: pruneDecisions(addDecision(list, entry), at, options.retentionDays) });
}

/** Deletes entries by id, wherever they are kept; a deleted decision no longer holds. */
export async function deleteDecisions(ids: ReadonlySet<string> | 'all'): Promise<void> {
  const drop = (list: unknown) => (ids === 'all' ? [] : parseDecisions(list).filter((d) => !ids.has(d.id)));
  const [local, session] = await Promise.all([
    browser.storage.local.get(DECISIONS_KEY),
    browser.storage.session.get(SESSION_DISMISSALS_KEY),
  ]);
  await Promise.all([
    browser.storage.local.set({ [DECISIONS_KEY]: drop(local[DECISIONS_KEY]) }),
    browser.storage.session.set({ [SESSION_DISMISSALS_KEY]: drop(session[SESSION_DISMISSALS_KEY]) }),
  ]);
}

export async function forgetTab(tabId: number): Promise<void> {
  const list = parseDecisions(
    (await browser.storage.session.get(SESSION_DISMISSALS_KEY))[SESSION_DISMISSALS_KEY],
  );
  await browser.storage.session.set({ [SESSION_DISMISSALS_KEY]: list.filter((d) => d.tabId !== tabId) });
}

/** At start-up: drops what ran out while the browser was closed, and what earlier builds left behind. */
export async function pruneAtStartup(retentionDays: number): Promise<void> {
  await readDecisions(retentionDays);
  await browser.storage.local.remove([...RETIRED_KEYS]);
}
