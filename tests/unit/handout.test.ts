// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildEffectivePolicy } from '../../core/settings/effective-policy';
import { buildHandout } from '../../core/trainer/handout';
import { renderHandout } from '../../components/handout-view';
import { parseManagedSettings } from '../../core/settings/parse-managed-settings';
import { sourceUsage } from '../../core/catalogue/source-usage';
import { miniLookup } from './support';

const catalogue = miniLookup().catalogue;
const policy = (managed: unknown = {}) =>
  buildEffectivePolicy({
    catalogue,
    managed: parseManagedSettings(managed),
    user: {},
    browserLanguage: 'de',
    today: '2026-11-22',
  });

describe('the handout', () => {
  it('has one row per tool of the active policy, grouped by category', () => {
    const handout = buildHandout(policy(), 'bund', 'de');
    expect(handout.rows.map((r) => [r.category, r.name])).toEqual([
      ['messenger', 'ChatApp'],
      ['video-conferencing', 'MeetCloud'],
    ]);
    expect(handout).toMatchObject({
      profileName: 'Bund',
      catalogueVersion: catalogue.meta.version,
      lang: 'de',
    });
  });

  it('says what holds for the profile and why, and marks where it shows the general assessment', () => {
    const [chat, meet] = buildHandout(policy(), 'bund', 'de').rows;
    expect(chat).toMatchObject({
      status: 'prohibited',
      statusText: 'Für die dienstliche Nutzung verboten',
      summary: 'Verboten.',
      isFallback: false,
    });
    expect(meet).toMatchObject({ status: 'caution', summary: 'Nicht geprüft.', isFallback: true });
  });

  it('names each cited document once, with issuer, date and identifiers, and the legal bases', () => {
    const [chat] = buildHandout(policy(), 'general', 'en').rows;
    expect(chat!.sources).toEqual([
      {
        issuer: 'Test authority',
        title: 'Testrundschreiben',
        date: '14 April 2020',
        identifiers: ['Az. 1'],
        url: 'https://example.org/doc',
        status: 'in-force',
        retrieved: '15 January 2026',
      },
    ]);
    expect(chat!.legalBases).toEqual([{ text: 'Art. 44 DSGVO', superseded: true }]);
  });

  it('never shows a legal basis whose reasoning has later events without those events (review M8)', () => {
    const [chat] = buildHandout(policy(), 'general', 'de').rows;
    expect(chat!.laterEvents).toEqual([{ date: '16. Juli 2020', text: 'Urteil.' }]);
    const root = renderHandout(buildHandout(policy(), 'general', 'de'));
    const row = root.querySelector('[data-tool="chatapp"]')!;
    expect(row.querySelector('.lp-basis')!.textContent).toBe(
      'Rechtsgrundlage: Art. 44 DSGVO (spätere Entwicklungen unter „Seitdem“)',
    );
    expect(row.querySelector('.lp-later')!.textContent).toBe('Seitdem:16. Juli 2020: Urteil.');
  });

  it('has a neutral title and heading: caution is not "not approved" (review M8)', () => {
    const root = renderHandout(buildHandout(policy(), 'nrw', 'de'));
    expect(root.querySelector('h2')!.textContent).toBe(
      'Dienste im Überblick: was gilt, warum, was stattdessen',
    );
    expect(root.textContent).not.toContain('Warum nicht');
    expect(root.querySelector('.handout-why h5')!.textContent).toBe('Begründung');
  });

  it("puts the organisation's own alternatives first, and its contacts at the end", () => {
    const handout = buildHandout(
      policy({
        organisation: { name: 'Stadt Musterstadt' },
        alternatives: [{ name: 'Muster-Chat', categories: ['messenger'] }],
        contacts: { dataProtectionOfficer: { name: 'Frau Beispiel', phone: '+49 221 123-0' } },
      }),
      'general',
      'de',
    );
    expect(handout.rows[0]!.alternatives.map((a) => a.name)).toEqual(['Muster-Chat', 'Good Chat']);
    expect(handout.rows[1]!.alternatives).toEqual([]);
    expect(handout.organisation).toBe('Stadt Musterstadt');
    expect(handout.contacts).toEqual([
      { role: 'Datenschutzbeauftragte', name: 'Frau Beispiel', phone: '+49 221 123-0' },
    ]);
  });

  it('leaves out what the organisation excluded', () => {
    expect(
      buildHandout(policy({ exceptions: { rules: ['meet'] } }), 'general', 'de').rows.map((r) => r.toolId),
    ).toEqual(['chatapp']);
  });
});

describe('the sources view', () => {
  it('lists each document with the points that cite it and the later events that name it', () => {
    const usages = sourceUsage(policy().lookup, 'de');
    expect(usages.map((u) => u.id)).toEqual(['test-source', 'later-source']);
    const [test, later] = usages;
    expect(test!.source).toMatchObject({
      issuer: 'Testbehörde',
      date: '14. April 2020',
      identifiers: ['Az. 1'],
    });
    expect(test!.points).toEqual([
      { toolId: 'chatapp', toolName: 'ChatApp', profileName: 'Allgemein', text: 'Daten fließen ab.' },
      { toolId: 'chatapp', toolName: 'ChatApp', profileName: 'Bund', text: 'Verboten im Bund.' },
      { toolId: 'meet', toolName: 'MeetCloud', profileName: 'Allgemein', text: 'Nicht geprüft.' },
    ]);
    expect(later!.points).toEqual([]);
    expect(later!.laterEvents).toEqual([
      { toolId: 'chatapp', toolName: 'ChatApp', profileName: 'Allgemein', text: 'Urteil.' },
    ]);
  });

  it("includes the organisation's own documents", () => {
    const usages = sourceUsage(
      policy({
        extraRules: [
          {
            id: 'telegram',
            name: 'Telegram',
            category: 'messenger',
            hosts: ['t.me'],
            status: 'not-approved',
            summary: 'Nicht freigegeben.',
            reasons: ['Nur dienstliche Messenger.'],
            document: { title: 'Dienstanweisung IT' },
          },
        ],
      }).lookup,
      'de',
    );
    expect(usages.at(-1)).toMatchObject({
      id: 'org-telegram',
      source: { title: 'Dienstanweisung IT' },
      points: [{ toolId: 'telegram', text: 'Nur dienstliche Messenger.' }],
    });
  });
});
