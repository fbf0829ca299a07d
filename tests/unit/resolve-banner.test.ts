import { describe, expect, it } from 'vitest';
import { BannerModel } from '../../core/notice/banner-model';
import { resolveBanner } from '../../core/notice/resolve-banner';
import { miniLookup } from './support';

const lookup = miniLookup();

describe('resolveBanner', () => {
  it("shows the profile's own statement when it has one", () => {
    const model = resolveBanner(lookup, { profile: 'bund', language: 'de' }, 'https://web.chatapp.example/')!;
    expect(model).toMatchObject({
      toolId: 'chatapp',
      partLabel: 'ChatApp Web',
      level: 'warn',
      status: 'prohibited',
      statusText: 'Für die dienstliche Nutzung verboten',
      summary: 'Verboten.',
      profileName: 'Bund',
      detailsFragment: '#tool=chatapp',
    });
    expect(model.fallbackNotice).toBeUndefined();
    expect(model.points[0]!.source).toMatchObject({
      issuer: 'Testbehörde',
      date: '14. April 2020',
      url: 'https://example.org/doc',
    });
  });

  it('falls back to the general guidance and says so where a profile has no statement', () => {
    const model = resolveBanner(
      lookup,
      { profile: 'koeln', language: 'de' },
      'https://web.chatapp.example/',
    )!;
    expect(model.status).toBe('not-approved');
    expect(model.fallbackNotice).toBe(
      'Für „Stadt Köln“ liegt keine eigene Aussage zu diesem Dienst vor. Gezeigt wird die allgemeine Einschätzung mit ihren Quellen.',
    );
  });

  it('does not call the general profile a fallback', () => {
    expect(
      resolveBanner(lookup, { profile: 'general', language: 'de' }, 'https://web.chatapp.example/')!
        .fallbackNotice,
    ).toBeUndefined();
  });

  it('carries later events with their dates, so old reasoning is not shown as new', () => {
    const model = resolveBanner(
      lookup,
      { profile: 'general', language: 'en' },
      'https://web.chatapp.example/',
    )!;
    expect(model.points[0]!.laterEvents).toEqual([{ date: '16 July 2020', text: 'Judgment.' }]);
    expect(model.points[0]!.legalBasis).toBe('Art. 44 DSGVO');
  });

  it('speaks English when asked, quotes stay German', () => {
    const model = resolveBanner(
      lookup,
      { profile: 'general', language: 'en' },
      'https://web.chatapp.example/',
    )!;
    expect(model.statusText).toBe('Not approved for official use');
    expect(model.points[0]!.quote).toBe('Der Einsatz ist ausgeschlossen für alle Behörden.');
  });

  it('distinguishes the informational website from the app', () => {
    expect(
      resolveBanner(lookup, { profile: 'general', language: 'de' }, 'https://chatapp.example/about')!.level,
    ).toBe('inform');
    expect(
      resolveBanner(lookup, { profile: 'general', language: 'de' }, 'https://meet.example/j/1')!.partLabel,
    ).toBe('MeetCloud-Besprechung');
    expect(
      resolveBanner(lookup, { profile: 'general', language: 'de' }, 'https://meet.example/pricing')!
        .partLabel,
    ).toBe('MeetCloud-Website');
  });

  it('lists the approved alternatives with their links', () => {
    const model = resolveBanner(
      lookup,
      { profile: 'general', language: 'de' },
      'https://web.chatapp.example/',
    )!;
    expect(model.alternatives).toEqual([
      { name: 'Good Chat', description: 'Ein guter Chat', url: 'https://good-chat.example.org' },
    ]);
  });

  it('returns nothing for unrelated pages and approved alternatives', () => {
    for (const url of [
      'https://example.org/',
      'https://good-chat.example.org/',
      'https://chatapp.example.org/',
    ]) {
      expect(resolveBanner(lookup, { profile: 'general', language: 'de' }, url)).toBeUndefined();
    }
  });

  it('produces models that satisfy the message schema', () => {
    const model = resolveBanner(lookup, { profile: 'bund', language: 'de' }, 'https://web.chatapp.example/');
    expect(BannerModel.safeParse(model).success).toBe(true);
  });
});
