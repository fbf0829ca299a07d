import { describe, expect, it } from 'vitest';
import { BannerModel } from '../../core/notice/banner-model';
import { resolvePage } from '../../core/notice/resolve-page';
import {
  demoAllowed,
  demoBanner,
  demoChoices,
  representativeUrl,
  resolveDemo,
} from '../../core/trainer/resolve-demo';
import { miniPolicy, telegramRule } from './support';

const policy = miniPolicy;
const telegram = telegramRule;

describe('resolveDemo', () => {
  it('shows exactly what a visit to the tool would show, marked as a demonstration', () => {
    const p = policy();
    const model = resolveDemo(p, 'chatapp')!;
    expect(model).toEqual({ ...resolvePage(p, 'https://web.chatapp.example/')!, demo: true });
    expect(BannerModel.safeParse(model).success).toBe(true);
  });

  it('prefers a part that warns over one that only informs, at an address that part covers', () => {
    const model = resolveDemo(policy(), 'meet')!;
    expect(model).toMatchObject({
      level: 'warn',
      partLabel: 'MeetCloud-Besprechung',
      pageUrl: 'https://meet.example/j',
    });
  });

  it('follows the active profile and language', () => {
    const model = resolveDemo(policy({}, { profile: 'bund', language: 'en' }), 'chatapp')!;
    expect(model).toMatchObject({
      lang: 'en',
      status: 'prohibited',
      summary: 'Prohibited.',
      profileName: 'Federal',
      demo: true,
    });
  });

  it.each([
    [{}, 'inform'],
    [{ mode: 'acknowledge' }, 'acknowledge'],
    [{ modeByStatus: { 'not-approved': 'reason' } }, 'reason'],
    [{ mode: 'inform', modeByRule: { chatapp: 'block' } }, 'block'],
  ] as const)("takes the mode from the organisation's settings (%j → %s)", (managed, mode) => {
    expect(resolveDemo(policy(managed), 'chatapp')?.mode).toBe(mode);
  });

  it("carries the organisation's name, contacts and own alternatives, as the real banner does", () => {
    const model = resolveDemo(
      policy({
        organisation: { name: 'Stadt Musterstadt' },
        contacts: { serviceDesk: { email: 'it@musterstadt.example' } },
        alternatives: [{ name: 'Muster-Chat', categories: ['messenger'] }],
      }),
      'chatapp',
    )!;
    expect(model.organisation?.name).toBe('Stadt Musterstadt');
    expect(model.contacts).toEqual([{ role: 'Service-Desk', email: 'it@musterstadt.example' }]);
    expect(model.alternatives.map((a) => a.name)).toEqual(['Muster-Chat', 'Good Chat']);
  });

  it("demonstrates the organisation's own rules", () => {
    const model = resolveDemo(policy({ extraRules: [telegram] }), 'telegram')!;
    expect(model).toMatchObject({
      toolId: 'telegram',
      toolName: 'Telegram',
      pageUrl: 'https://telegram.org/',
      demo: true,
    });
  });

  it("refuses when the organisation switched demonstrations off, while the walkthrough's banner stays available", () => {
    const p = policy({ demoMode: false });
    expect(demoAllowed(p)).toBe(false);
    expect(resolveDemo(p, 'chatapp')).toBeUndefined();
    expect(demoBanner(p, 'chatapp')?.demo).toBe(true);
    expect(demoAllowed(policy({ demoMode: true }))).toBe(true);
    expect(demoAllowed(policy())).toBe(true);
  });

  it.each([
    ['an unknown tool', {}, 'nosuchtool'],
    ['a tool the organisation excluded', { exceptions: { rules: ['chatapp'] } }, 'chatapp'],
    ['a tool whose every host is an exception', { exceptions: { hosts: ['chatapp.example'] } }, 'chatapp'],
  ])('shows nothing for %s', (_, managed, toolId) => {
    expect(resolveDemo(policy(managed), toolId)).toBeUndefined();
  });

  it('falls back to a part that only informs when the warning part is an exception', () => {
    const model = resolveDemo(policy({ exceptions: { hosts: ['web.chatapp.example'] } }), 'chatapp')!;
    expect(model).toMatchObject({ level: 'inform', pageUrl: 'https://chatapp.example/' });
  });
});

describe('demoChoices', () => {
  it('offers every tool of the active policy by name, with the mode a demonstration will show', () => {
    expect(demoChoices(policy({ extraRules: [telegram], modeByRule: { meet: 'block' } }))).toEqual([
      { id: 'chatapp', name: 'ChatApp', category: 'messenger', mode: 'inform' },
      { id: 'meet', name: 'MeetCloud', category: 'video-conferencing', mode: 'block' },
      { id: 'telegram', name: 'Telegram', category: 'messenger', mode: 'inform' },
    ]);
  });
});

describe('representativeUrl', () => {
  it.each([
    [
      { id: 'a', label: { de: 'a', en: 'a' }, level: 'warn', hosts: ['web.whatsapp.com'] },
      'https://web.whatsapp.com/',
    ],
    [
      {
        id: 'a',
        label: { de: 'a', en: 'a' },
        level: 'warn',
        hosts: ['zoom.us', 'zoom.com'],
        paths: ['/j', '/wc'],
      },
      'https://zoom.us/j',
    ],
  ] as const)('builds an address the part itself covers', (part, url) => {
    expect(representativeUrl(part as never)).toBe(url);
  });
});
