import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteDecisions,
  pruneAtStartup,
  readDecisions,
  recordDecision,
} from '../../services/decision-store';

const basis = { profile: 'general', status: 'prohibited', mode: 'reason', statements: [] };
const base = { host: 'www.dropbox.com', toolId: 'dropbox', toolName: 'Dropbox', basis };

describe('the decision store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps session dismissals in storage.session and the rest in storage.local', async () => {
    await recordDecision({ ...base, kind: 'dismissal' }, { hours: 0, tabId: 3, retentionDays: 90 });
    await recordDecision(
      { ...base, kind: 'confirmation', reason: 'Pläne' },
      { hours: 24, tabId: 3, retentionDays: 90 },
    );
    const { kept, session } = await readDecisions(90);
    expect(session).toEqual([expect.objectContaining({ kind: 'dismissal', tabId: 3 })]);
    expect(kept).toEqual([expect.objectContaining({ kind: 'confirmation', reason: 'Pläne' })]);
  });

  it('deletes single entries, or all of them in both areas', async () => {
    await recordDecision({ ...base, kind: 'dismissal' }, { hours: 0, tabId: 3, retentionDays: 90 });
    await recordDecision(
      { ...base, kind: 'confirmation', reason: 'a' },
      { hours: 24, tabId: 3, retentionDays: 90 },
    );
    await recordDecision(
      { ...base, host: 'web.whatsapp.com', kind: 'confirmation' },
      { hours: 24, tabId: 3, retentionDays: 90 },
    );
    const before = await readDecisions(90);
    await deleteDecisions(new Set([before.kept[0]!.id]));
    expect((await readDecisions(90)).kept.map((d) => d.host)).toEqual(['web.whatsapp.com']);
    await deleteDecisions('all');
    expect(await readDecisions(90)).toEqual({ kept: [], session: [] });
  });

  it('stores no reason at all where neither the confirmation nor the retention keeps it', async () => {
    await recordDecision(
      { ...base, kind: 'confirmation', reason: 'x' },
      { hours: 0, tabId: 3, retentionDays: 0 },
    );
    expect((await fakeBrowser.storage.local.get('decisions')).decisions).toEqual([]);
  });

  it('at start-up drops what ran out and what earlier versions left behind', async () => {
    await fakeBrowser.storage.local.set({
      reasons: [{ host: 'x', toolId: 'y', reason: 'alt', at: 1 }],
      acknowledgedUntil: { x: 9e15 },
      decisions: [{ ...base, id: 'gone', kind: 'confirmation', at: 1, until: 2, reason: 'r' }],
    });
    await pruneAtStartup(90);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ decisions: [] });
  });
});
