import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '../../services/message-handler';
import { miniPolicy } from './support';

const tab = { tab: { id: 7 } } as never;
const otherTab = { tab: { id: 8 } } as never;

function handlerWith(managed: unknown) {
  const policy = miniPolicy(managed);
  return createMessageHandler(async () => ({ policy, managedReadAt: undefined }));
}

describe('background message handler', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a concerned page with its banner and nothing for others', async () => {
    const handle = handlerWith({});
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, tab)).toMatchObject({
      toolId: 'chatapp',
      mode: 'inform',
    });
    expect(await handle({ type: 'resolve', url: 'https://example.org/' }, tab)).toBeNull();
  });

  it('keeps a dismissal to the tab and site it was made in', async () => {
    const handle = handlerWith({});
    await handle({ type: 'dismiss', url: 'https://web.chatapp.example/a' }, tab);
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/b' }, tab)).toBeNull();
    expect(await handle({ type: 'resolve', url: 'https://chatapp.example/' }, tab)).toMatchObject({
      toolId: 'chatapp',
    });
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, otherTab)).toMatchObject({
      toolId: 'chatapp',
    });
  });

  it('ignores "Verstanden" where the organisation does not allow dismissal', async () => {
    const handle = handlerWith({ dismissal: { allowed: false } });
    await handle({ type: 'dismiss', url: 'https://web.chatapp.example/' }, tab);
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, tab)).toMatchObject({
      dismissible: false,
    });
  });

  it('remembers a confirmation for the configured time, across tabs', async () => {
    const handle = handlerWith({ mode: 'acknowledge', acknowledgementHours: 8 });
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, tab)).toMatchObject({
      mode: 'acknowledge',
    });
    await handle({ type: 'acknowledge', url: 'https://web.chatapp.example/' }, tab);
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, otherTab)).toBeNull();
  });

  it('keeps a typed reason on this device and requires one in reason mode', async () => {
    const handle = handlerWith({ mode: 'reason' });
    await handle({ type: 'acknowledge', url: 'https://web.chatapp.example/' }, tab);
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, tab)).toMatchObject({
      mode: 'reason',
    });
    await handle(
      { type: 'acknowledge', url: 'https://web.chatapp.example/', reason: 'Abstimmung mit externem Partner' },
      tab,
    );
    expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, tab)).toBeNull();
    const stored = await fakeBrowser.storage.local.get('decisions');
    expect(stored.decisions).toEqual([
      expect.objectContaining({
        kind: 'confirmation',
        host: 'web.chatapp.example',
        toolId: 'chatapp',
        toolName: 'ChatApp',
        reason: 'Abstimmung mit externem Partner',
        basis: {
          profile: 'general',
          status: 'not-approved',
          mode: 'reason',
          statements: [expect.any(String)],
        },
      }),
    ]);
  });

  it('asks again, once and marked as changed, when the organisation changes the mode', async () => {
    let policy = miniPolicy({ mode: 'acknowledge' });
    const handle = createMessageHandler(async () => ({ policy, managedReadAt: undefined }));
    const url = 'https://web.chatapp.example/';
    await handle({ type: 'acknowledge', url }, tab);
    expect(await handle({ type: 'resolve', url }, tab)).toBeNull();
    policy = miniPolicy({ mode: 'reason' });
    expect(await handle({ type: 'resolve', url }, tab)).toMatchObject({
      mode: 'reason',
      changes: ['Ihre Organisation verlangt jetzt: Begründung (vorher: Bestätigung).'],
    });
    await handle({ type: 'acknowledge', url, reason: 'Projekt X' }, tab);
    expect(await handle({ type: 'resolve', url }, tab)).toBeNull();
  });

  it('asks again when the profile, and with it the statement and status, changes', async () => {
    let policy = miniPolicy({}, {});
    const handle = createMessageHandler(async () => ({ policy, managedReadAt: undefined }));
    const url = 'https://web.chatapp.example/';
    await handle({ type: 'dismiss', url }, tab);
    expect(await handle({ type: 'resolve', url }, tab)).toBeNull();
    policy = miniPolicy({}, { profile: 'bund' });
    const model = (await handle({ type: 'resolve', url }, tab)) as { changes?: string[] };
    expect(model.changes).toEqual([
      'Profil jetzt „Bund“ (vorher „Allgemein“).',
      'Einstufung jetzt „Für die dienstliche Nutzung verboten“ (vorher „Für die dienstliche Nutzung nicht freigegeben“).',
    ]);
    // Same source, same quote: not a new statement.
    policy = miniPolicy({}, {});
    expect(await handle({ type: 'resolve', url }, tab)).toBeNull();
  });

  it('keeps a reason no longer than the organisation allows, and no longer than its confirmation with 0', async () => {
    const handle = handlerWith({ mode: 'reason', acknowledgementHours: 1, reasonRetentionDays: 0 });
    await handle({ type: 'acknowledge', url: 'https://web.chatapp.example/', reason: 'Kurz' }, tab);
    expect((await fakeBrowser.storage.local.get('decisions')).decisions).toHaveLength(1);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 3_600_001);
      expect(await handle({ type: 'resolve', url: 'https://web.chatapp.example/' }, tab)).toMatchObject({
        mode: 'reason',
      });
      expect((await fakeBrowser.storage.local.get('decisions')).decisions).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports status and diagnostics for the extension pages', async () => {
    const handle = handlerWith({ profile: 'bund', mode: 'blok' });
    expect(await handle({ type: 'status', url: 'https://web.chatapp.example/' }, {} as never)).toMatchObject({
      profileId: 'bund',
      profileName: 'Bund',
      model: { toolId: 'chatapp', status: 'prohibited' },
      demoAllowed: true,
    });
    expect(await handle({ type: 'diagnostics' }, {} as never)).toMatchObject({
      problems: [{ path: 'mode', found: '"blok"' }],
      rows: expect.arrayContaining([{ setting: 'profile', value: 'bund', origin: 'organisation' }]),
    });
  });

  it('ignores malformed messages', async () => {
    const handle = handlerWith({});
    for (const bad of [
      null,
      'resolve',
      { type: 'resolve' },
      { type: 'resolve', url: 42 },
      { type: 'evil' },
      { type: 'open-details', fragment: 'javascript:x' },
    ]) {
      expect(await handle(bad, tab)).toBeUndefined();
    }
  });
});
