// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BannerModel } from '../../core/notice/banner-model';
import type { Message } from '../../core/messages';
import { type BannerControllerDeps, createBannerController } from '../../components/banner-controller';
import { NOTICE_TAG, REPAIR_LIMIT } from '../../components/notice-host';
import { resolveBanner } from '../../core/notice/resolve-banner';
import { captureShadowRoots, trustedClick } from './dom-events';
import { miniLookup } from './support';

const url = 'https://web.chatapp.example/';
const model = resolveBanner(miniLookup(), { profile: 'general', language: 'de' }, url)!;

/** A promise the test resolves when it wants: the background answering late. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function memory(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as Storage;
}

const hosts = () => document.querySelectorAll(NOTICE_TAG);
const tick = () => new Promise((r) => setTimeout(r, 0));

let roots: WeakMap<Element, ShadowRoot>;
const controllers: Array<ReturnType<typeof createBannerController>> = [];
function controller(deps: Partial<BannerControllerDeps>) {
  const made = createBannerController({
    send: async (m) => (m.type === 'resolve' ? model : undefined),
    currentUrl: () => url,
    snapshot: async () => undefined,
    tabMemory: memory(),
    siteMemory: memory(),
    confirmFrameUrl: async () => 'about:blank#notice-frame',
    escalate: () => {},
    ...deps,
  });
  controllers.push(made);
  return made;
}

describe('the banner controller', () => {
  beforeEach(() => {
    roots = captureShadowRoots();
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
  });
  afterEach(() => {
    // The host guards itself against removal: only its controller takes it away.
    for (const c of controllers.splice(0)) c.unmount();
    vi.restoreAllMocks();
  });

  it('puts the host and its reserved strip into the document synchronously, before any answer', () => {
    const answer = later<BannerModel | null>();
    void controller({ send: async () => answer.promise }).start();
    expect(hosts()).toHaveLength(1);
    expect(document.documentElement.firstElementChild!.tagName.toLowerCase()).toBe(NOTICE_TAG);
    expect(hosts()[0]!.getAttribute('style')).toContain('height: calc(');
  });

  it('shows the snapshot at once and keeps the same host when the background agrees', async () => {
    const answer = later<BannerModel | null>();
    const sent: Message[] = [];
    const c = controller({
      send: async (m) => (sent.push(m), m.type === 'resolve' ? answer.promise : undefined),
      snapshot: async () => model,
    });
    const done = c.start();
    const first = hosts()[0];
    await tick();
    expect(roots.get(first!)!.querySelector('section.lp')).not.toBeNull();
    answer.resolve(model);
    await done;
    expect([...hosts()]).toEqual([first]);
    expect(sent[0]).toEqual({ type: 'resolve', url });
  });

  it('removes the host when the background says this tab dismissed it', async () => {
    const answer = later<BannerModel | null>();
    const done = controller({ send: async () => answer.promise, snapshot: async () => model }).start();
    await tick();
    expect(hosts()).toHaveLength(1);
    answer.resolve(null);
    await done;
    expect(hosts()).toHaveLength(0);
  });

  it('reserves nothing after "Verstanden" in this tab, and never lets that hint hide the background\'s answer', async () => {
    const tabMemory = memory();
    const sent: Message[] = [];
    const first = controller({
      send: async (m) => (sent.push(m), m.type === 'resolve' ? model : undefined),
      tabMemory,
    });
    await first.start();
    trustedClick(roots.get(hosts()[0]!)!.querySelector('[data-action="dismiss"]')!);
    expect(hosts()).toHaveLength(0);
    expect(sent.at(-1)).toEqual({ type: 'dismiss', url });
    // Reload: the hint keeps the strip and the early banner away…
    const answer = later<BannerModel | null>();
    const done = controller({
      send: async () => answer.promise,
      snapshot: async () => model,
      tabMemory,
    }).start();
    expect(hosts()).toHaveLength(0);
    await tick();
    expect(hosts()).toHaveLength(0);
    // …but if the background (the authority) says show it, it is shown.
    answer.resolve(model);
    await done;
    expect(hosts()).toHaveLength(1);
  });

  it('where no notice came last time, a new tab reserves nothing and does not flash the snapshot', async () => {
    const siteMemory = memory();
    // An approved tool, an exception or a confirmation that holds in every tab: the background says no notice.
    await controller({ send: async () => null, siteMemory, tabMemory: memory() }).start();
    expect(hosts()).toHaveLength(0);
    expect(siteMemory.getItem('leitplanke:quiet:web.chatapp.example')).toBe('1');
    // A new tab (fresh sessionStorage): no strip is reserved, so nothing is taken away again…
    const answer = later<BannerModel | null>();
    const done = controller({
      send: async () => answer.promise,
      snapshot: async () => ({ ...model, mode: 'acknowledge' as const }),
      siteMemory,
      tabMemory: memory(),
    }).start();
    expect(hosts()).toHaveLength(0);
    await tick();
    // …and the snapshot's covering notice does not flash while the background decides.
    expect(hosts()).toHaveLength(0);
    answer.resolve(null);
    await done;
    expect(hosts()).toHaveLength(0);
  });

  it('never lets "Verstanden" in one tab keep other tabs from reserving the strip', async () => {
    const siteMemory = memory();
    const tabMemory = memory();
    const first = controller({ siteMemory, tabMemory });
    await first.start();
    trustedClick(roots.get(hosts()[0]!)!.querySelector('[data-action="dismiss"]')!);
    // Reload in that tab: the background says no notice, for this tab only.
    await controller({ send: async () => null, siteMemory, tabMemory }).start();
    expect(siteMemory.getItem('leitplanke:quiet:web.chatapp.example')).toBeNull();
    // Another tab still reserves the strip before the notice comes.
    const answer = later<BannerModel | null>();
    void controller({ send: async () => answer.promise, siteMemory, tabMemory: memory() }).start();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.getAttribute('style')).toContain('height: calc(');
    answer.resolve(model);
  });

  it('forgets that hint as soon as a notice comes again (a decision ran out), and reserves the next time', async () => {
    const siteMemory = memory();
    siteMemory.setItem('leitplanke:quiet:web.chatapp.example', '1');
    await controller({ siteMemory, tabMemory: memory() }).start();
    expect(hosts()).toHaveLength(1);
    expect(siteMemory.getItem('leitplanke:quiet:web.chatapp.example')).toBeNull();
    for (const c of controllers.splice(0)) c.unmount();
    const answer = later<BannerModel | null>();
    void controller({ send: async () => answer.promise, siteMemory, tabMemory: memory() }).start();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.getAttribute('style')).toContain('height: calc(');
    answer.resolve(model);
  });

  it('waits for the background where the snapshot knows nothing', async () => {
    await controller({}).start();
    expect(hosts()).toHaveLength(1);
    expect(roots.get(hosts()[0]!)!.querySelector('section.lp')).not.toBeNull();
  });

  it('takes a confirmation only from the frame: the covering notice holds the frame, no form of its own', async () => {
    const reason = { ...model, mode: 'reason' as const };
    const siteMemory = memory();
    const c = controller({ send: async (m) => (m.type === 'resolve' ? reason : undefined), siteMemory });
    await c.start();
    await tick();
    const root = roots.get(hosts()[0]!)!;
    expect(root.querySelector('textarea')).toBeNull();
    expect(root.querySelector('iframe')!.getAttribute('src')).toBe('about:blank#notice-frame');
    // The background reports the confirmation recorded: gone, and not shown again in this document.
    c.confirmed();
    expect(siteMemory.getItem('leitplanke:quiet:web.chatapp.example')).toBe('1');
    expect(hosts()).toHaveLength(0);
    await c.update();
    expect(hosts()).toHaveLength(0);
  });

  it('leaves a page that keeps removing the notice for the notice page, once the background confirms it is due', async () => {
    const escalate = vi.fn();
    await controller({ escalate }).start();
    for (let i = 0; i <= REPAIR_LIMIT; i += 1) {
      hosts()[0]!.remove();
      await tick();
    }
    await tick();
    expect(escalate).toHaveBeenCalledExactlyOnceWith(url);
  });
});
