import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '../../services/message-handler';
import { miniPolicy } from './support';

const ID = 'test-extension-id';
const PAGE = 'https://web.chatapp.example/';
/** The banner script in a tab's top frame: its `url` is the web page's. */
const script = (tabId: number, url = PAGE) => ({ id: ID, tab: { id: tabId, url }, frameId: 0, url }) as never;
const tab = script(7);
const otherTab = script(8);
/** The confirmation frame inside the notice of tab 7's page. */
const frame = (url = PAGE) =>
  ({ id: ID, tab: { id: 7, url }, frameId: 4, url: `chrome-extension://${ID}/notice-frame.html` }) as never;
/** The extension's notice page, top-level in tab 7. */
const noticePage = {
  id: ID,
  tab: { id: 7 },
  frameId: 0,
  url: `chrome-extension://${ID}/notice.html`,
} as never;

/** The user confirms in tab 7's confirmation frame, as the banner script sets it up. */
async function confirmInFrame(handle: ReturnType<typeof createMessageHandler>, reason?: string) {
  const token = (await handle({ type: 'notice-token' }, tab)) as string;
  await handle({ type: 'confirm', token, ...(reason ? { reason } : {}) }, frame());
}

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

  it('remembers a confirmation from the notice frame for the configured time, across tabs', async () => {
    const handle = handlerWith({ mode: 'acknowledge', acknowledgementHours: 8 });
    expect(await handle({ type: 'resolve', url: PAGE }, tab)).toMatchObject({ mode: 'acknowledge' });
    const token = (await handle({ type: 'notice-token' }, tab)) as string;
    expect(await handle({ type: 'notice-frame', token }, frame())).toMatchObject({ mode: 'acknowledge' });
    await handle({ type: 'confirm', token }, frame());
    expect(await handle({ type: 'resolve', url: PAGE }, otherTab)).toBeNull();
  });

  it("takes no confirmation a page could steer: not from a content script, not without the tab's token", async () => {
    const handle = handlerWith({ mode: 'acknowledge', acknowledgementHours: 8 });
    const token = (await handle({ type: 'notice-token' }, tab)) as string;
    // The banner script (which shares the page's process) cannot confirm, nor ask as the frame.
    await handle({ type: 'acknowledge', url: PAGE }, tab);
    await handle({ type: 'confirm', token }, tab);
    // A frame page the page embedded itself has no token; an old token is void.
    await handle({ type: 'confirm', token: 'a'.repeat(36) }, frame());
    const newer = (await handle({ type: 'notice-token' }, tab)) as string;
    await handle({ type: 'confirm', token }, frame());
    expect(await handle({ type: 'notice-frame', token }, frame())).toBeNull();
    // No token for a frame, or for a page that is not a top frame.
    expect(await handle({ type: 'notice-token' }, frame())).toBeUndefined();
    expect(await handle({ type: 'resolve', url: PAGE }, otherTab)).toMatchObject({ mode: 'acknowledge' });
    // The frame's own page address comes from the browser: it confirms the tab's page, whatever it names.
    await handle({ type: 'confirm', token: newer }, frame());
    expect(await handle({ type: 'resolve', url: PAGE }, otherTab)).toBeNull();
  });

  it('keeps a typed reason on this device and requires one in reason mode', async () => {
    const handle = handlerWith({ mode: 'reason' });
    const token = (await handle({ type: 'notice-token' }, tab)) as string;
    await handle({ type: 'confirm', token }, frame());
    expect(await handle({ type: 'resolve', url: PAGE }, tab)).toMatchObject({ mode: 'reason' });
    await handle({ type: 'confirm', token, reason: 'Abstimmung mit externem Partner' }, frame());
    expect(await handle({ type: 'resolve', url: PAGE }, tab)).toBeNull();
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
    await confirmInFrame(handle);
    expect(await handle({ type: 'resolve', url }, tab)).toBeNull();
    policy = miniPolicy({ mode: 'reason' });
    expect(await handle({ type: 'resolve', url }, tab)).toMatchObject({
      mode: 'reason',
      changes: ['Ihre Organisation verlangt jetzt: Begründung (vorher: Bestätigung).'],
    });
    await confirmInFrame(handle, 'Projekt X');
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
    await confirmInFrame(handle, 'Kurz');
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

  it('lets the notice page (a page kept removing the notice) confirm, or go on, for that tab', async () => {
    const reason = handlerWith({ mode: 'reason', acknowledgementHours: 0 });
    expect(await reason({ type: 'resolve-notice', url: PAGE }, noticePage)).toMatchObject({ mode: 'reason' });
    expect(await reason({ type: 'resolve-notice', url: PAGE }, tab)).toBeNull();
    await reason({ type: 'acknowledge', url: PAGE, reason: 'Termin mit Partner' }, noticePage);
    expect(await reason({ type: 'resolve', url: PAGE }, tab)).toBeNull();
    expect(await reason({ type: 'resolve', url: PAGE }, otherTab)).toMatchObject({ mode: 'reason' });
    fakeBrowser.reset();
    const inform = handlerWith({ dismissal: { allowed: false } });
    await inform({ type: 'pass', url: PAGE }, tab);
    expect(await inform({ type: 'resolve', url: PAGE }, tab)).toMatchObject({ mode: 'inform' });
    await inform({ type: 'pass', url: PAGE }, noticePage);
    expect(await inform({ type: 'resolve', url: PAGE }, tab)).toBeNull();
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
