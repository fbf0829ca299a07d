// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { BannerModel } from '../../core/notice/banner-model';
import type { Message } from '../../core/messages';
import { createBannerController } from '../../components/banner-controller';
import { resolveBanner } from '../../core/notice/resolve-banner';
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
  } as Storage;
}

const banners = () => document.querySelectorAll('leitplanke-banner').length;

describe('the banner controller', () => {
  beforeEach(() =>
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body')),
  );

  it('shows the snapshot at once and keeps it when the background agrees', async () => {
    const answer = later<BannerModel | null>();
    const sent: Message[] = [];
    const controller = createBannerController({
      send: async (m) => (sent.push(m), m.type === 'resolve' ? answer.promise : undefined),
      currentUrl: () => url,
      snapshot: async () => model,
      tabMemory: memory(),
    });
    const done = controller.update();
    await new Promise((r) => setTimeout(r, 0));
    expect(banners()).toBe(1);
    const first = document.querySelector('leitplanke-banner');
    answer.resolve(model);
    await done;
    expect(document.querySelector('leitplanke-banner')).toBe(first);
    expect(sent[0]).toEqual({ type: 'resolve', url });
  });

  it('removes the early banner when the background says this tab dismissed it', async () => {
    const answer = later<BannerModel | null>();
    const controller = createBannerController({
      send: async (m) => (m.type === 'resolve' ? answer.promise : undefined),
      currentUrl: () => url,
      snapshot: async () => model,
      tabMemory: memory(),
    });
    const done = controller.update();
    await new Promise((r) => setTimeout(r, 0));
    expect(banners()).toBe(1);
    answer.resolve(null);
    await done;
    expect(banners()).toBe(0);
  });

  it('shows no early banner after "Verstanden" in this tab, and never lets that hint hide the background\'s answer', async () => {
    const tabMemory = memory();
    const send = async (m: Message) => (m.type === 'resolve' ? model : undefined);
    const first = createBannerController({
      send,
      currentUrl: () => url,
      snapshot: async () => model,
      tabMemory,
    });
    await first.update();
    document
      .querySelector('leitplanke-banner')!
      .shadowRoot!.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!
      .click();
    expect(banners()).toBe(0);
    // Reload: the background has not answered yet, the hint keeps the early banner away…
    const answer = later<BannerModel | null>();
    const second = createBannerController({
      send: async () => answer.promise,
      currentUrl: () => url,
      snapshot: async () => model,
      tabMemory,
    });
    const done = second.update();
    await new Promise((r) => setTimeout(r, 0));
    expect(banners()).toBe(0);
    // …but if the background (the authority) says show it, it is shown.
    answer.resolve(model);
    await done;
    expect(banners()).toBe(1);
  });

  it('waits for the background where the snapshot knows nothing', async () => {
    const controller = createBannerController({
      send: async (m) => (m.type === 'resolve' ? model : undefined),
      currentUrl: () => url,
      snapshot: async () => undefined,
      tabMemory: undefined,
    });
    await controller.update();
    expect(banners()).toBe(1);
  });
});
