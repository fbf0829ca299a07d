/**
 * "Verstanden" hides the banner for one site in one tab until the browser
 * closes: kept in `storage.session`, which the browser clears on exit and
 * which survives the service worker being stopped in between.
 */
const KEY = 'dismissals';

function entry(tabId: number, hostname: string): string {
  return `${tabId}|${hostname}`;
}

async function read(): Promise<string[]> {
  const stored = await browser.storage.session.get(KEY);
  const value = stored[KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function isDismissed(tabId: number, hostname: string): Promise<boolean> {
  return (await read()).includes(entry(tabId, hostname));
}

export async function dismiss(tabId: number, hostname: string): Promise<void> {
  const all = new Set(await read());
  all.add(entry(tabId, hostname));
  await browser.storage.session.set({ [KEY]: [...all] });
}

export async function forgetTab(tabId: number): Promise<void> {
  const prefix = `${tabId}|`;
  const kept = (await read()).filter((e) => !e.startsWith(prefix));
  await browser.storage.session.set({ [KEY]: kept });
}
