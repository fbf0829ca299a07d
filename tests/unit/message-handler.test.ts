import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '../../services/message-handler';
import { miniLookup } from './support';

const lookup = miniLookup();
const tab = { tab: { id: 7 } } as never;
const otherTab = { tab: { id: 8 } } as never;

describe('background message handler', () => {
  beforeEach(() => fakeBrowser.reset());
  const handle = createMessageHandler({ lookup: () => lookup, config: async () => ({ profile: 'general', language: 'de' }) });

  it('answers a concerned page with its banner and nothing for others', async () => {
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, tab)).toMatchObject({ toolId: 'chatapp' });
    expect(await handle({ type: 'resolve', url: 'https://example.org/' }, tab)).toBeNull();
  });

  it('keeps a dismissal to the tab and site it was made in', async () => {
    await handle({ type: 'dismiss', url: 'https://web.chatapp.example/a' }, tab);
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/b' }, tab)).toBeNull();
    expect(await handle({ type: 'resolve', url: 'https://chatapp.example/' }, tab)).toMatchObject({ toolId: 'chatapp' });
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, otherTab)).toMatchObject({ toolId: 'chatapp' });
  });

  it('ignores malformed messages', async () => {
    for (const bad of [null, 'resolve', { type: 'resolve' }, { type: 'resolve', url: 42 }, { type: 'evil' }, { type: 'open-details', fragment: 'javascript:x' }]) {
      expect(await handle(bad, tab)).toBeUndefined();
    }
  });
});
