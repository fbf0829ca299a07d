import { describe, expect, it } from 'vitest';
import { blockRules } from '../../core/matching/block-rules';
import { parseManagedSettings } from '../../core/settings/parse-managed-settings';
import { modeFor, resolvePage } from '../../core/notice/resolve-page';
import { miniPolicy, telegramRule } from './support';

const policy = miniPolicy;

const telegram = {
  ...telegramRule,
  legalBasis: 'DA IT Nr. 4',
  document: { title: 'Dienstanweisung IT', date: '2025-03-01', url: 'https://intranet.example.de/da-it' },
};

describe('merging bundled catalogue, organisation and user', () => {
  it("lets managed settings win over the user's and records where each value comes from", () => {
    const p = policy({ profile: 'nrw' }, { profile: 'bund', language: 'en' });
    expect(p.view).toEqual({ profile: 'nrw', language: 'en' });
    expect(p.origins).toEqual({ profile: 'organisation', language: 'user' });
    expect(policy({}, {}).origins).toEqual({ profile: 'default', language: 'default' });
    expect(policy({}, {}).view).toEqual({ profile: 'general', language: 'de' });
  });

  it('applies the valid rest when one setting is wrong, and reports the wrong one', () => {
    const p = policy({ profile: 'atlantis', mode: 'acknowledge' });
    expect(p.view.profile).toBe('general');
    expect(p.settings.mode).toBe('acknowledge');
    expect(p.problems).toEqual([expect.objectContaining({ path: 'profile', found: '"atlantis"' })]);
  });

  it('falls back to the bundled catalogue when the whole policy is unusable', () => {
    const p = policy('this is not a policy');
    expect(p.lookup.catalogue.tools.map((t) => t.id)).toEqual(['chatapp', 'meet']);
    expect(p.problems).toHaveLength(1);
    expect(resolvePage(p, 'https://web.chatapp.example/')?.toolId).toBe('chatapp');
  });

  it("warns on an extra rule's hosts with the organisation as the source", () => {
    const p = policy({ organisation: { name: 'Stadt Beispiel' }, extraRules: [telegram] });
    const model = resolvePage(p, 'https://web.telegram.org/k/')!;
    expect(model).toMatchObject({
      toolId: 'telegram',
      status: 'not-approved',
      summary: 'Telegram ist bei uns nicht freigegeben.',
    });
    expect(model.points[0]).toMatchObject({
      text: telegram.reasons[0],
      legalBasis: 'DA IT Nr. 4',
      source: {
        issuer: 'Stadt Beispiel',
        title: 'Dienstanweisung IT',
        date: '1. März 2025',
        url: 'https://intranet.example.de/da-it',
      },
    });
    expect(resolvePage(p, 'https://telegram.org.example.net/')).toBeUndefined();
  });

  it('lets an extra rule with a catalogue id replace that tool', () => {
    const p = policy({ extraRules: [{ ...telegram, id: 'chatapp', hosts: ['chatapp.example'] }] });
    expect(resolvePage(p, 'https://web.chatapp.example/')?.summary).toBe(
      'Telegram ist bei uns nicht freigegeben.',
    );
  });

  it('drops a second extra rule with the same id or the same hosts, with a precise problem', () => {
    const p = policy({ extraRules: [telegram, telegram, { ...telegram, id: 'telegram-2' }] });
    expect(p.problems.map((x) => x.path)).toEqual(['extraRules[1].id', 'extraRules[2].hosts']);
    expect([...p.organisationRuleIds]).toEqual(['telegram']);
  });

  it('silences an excepted host and its subdomains, and an excepted rule everywhere', () => {
    const byHost = policy({ exceptions: { hosts: ['web.chatapp.example'] } });
    expect(resolvePage(byHost, 'https://web.chatapp.example/')).toBeUndefined();
    expect(resolvePage(byHost, 'https://a.web.chatapp.example/')).toBeUndefined();
    expect(resolvePage(byHost, 'https://chatapp.example/')?.toolId).toBe('chatapp');
    const byRule = policy({ exceptions: { rules: ['meet', 'nonexistent'] } });
    expect(resolvePage(byRule, 'https://meet.example/j/1')).toBeUndefined();
    expect(byRule.problems).toEqual([
      expect.objectContaining({ path: 'exceptions.rules[1]', found: '"nonexistent"' }),
    ]);
  });

  it("puts the organisation's own alternatives first, where they fit", () => {
    const p = policy({
      alternatives: [
        { name: 'Matrix der Stadt', url: 'https://matrix.stadt.example', categories: ['messenger'] },
        { name: 'Jitsi der Stadt', url: 'https://jitsi.stadt.example', categories: ['video-conferencing'] },
        { name: 'Service-Desk fragen' },
      ],
    });
    expect(resolvePage(p, 'https://web.chatapp.example/')!.alternatives.map((a) => a.name)).toEqual([
      'Matrix der Stadt',
      'Service-Desk fragen',
      'Good Chat',
    ]);
  });

  it('carries organisation, contacts and the approval route into the banner', () => {
    const p = policy({
      organisation: { name: 'Stadt Beispiel', colour: '#004b87', message: 'Fragen? Wir helfen.' },
      contacts: {
        dataProtectionOfficer: { email: 'datenschutz@stadt.example' },
        serviceDesk: { phone: '+49 221 123-0' },
      },
      approvalRequest: { email: 'freigabe@stadt.example' },
    });
    expect(resolvePage(p, 'https://web.chatapp.example/')).toMatchObject({
      organisation: { name: 'Stadt Beispiel', colour: '#004b87', message: 'Fragen? Wir helfen.' },
      contacts: [
        { role: 'Datenschutzbeauftragte', email: 'datenschutz@stadt.example' },
        { role: 'Service-Desk', phone: '+49 221 123-0' },
      ],
      approval: { email: 'freigabe@stadt.example' },
    });
  });
});

describe('mode precedence', () => {
  const settings = parseManagedSettings({
    mode: 'acknowledge',
    modeByStatus: { prohibited: 'block' },
    modeByRule: { meet: 'reason' },
  }).settings;

  it("takes the rule's mode over the status's over the global one", () => {
    expect(modeFor(settings, 'meet', 'caution', 'warn')).toBe('reason');
    expect(modeFor(settings, 'chatapp', 'prohibited', 'warn')).toBe('block');
    expect(modeFor(settings, 'chatapp', 'not-approved', 'warn')).toBe('acknowledge');
    expect(modeFor({}, 'chatapp', 'prohibited', 'warn')).toBe('inform');
  });

  it("only informs on a service's public pages, whatever the mode", () => {
    expect(modeFor(settings, 'meet', 'caution', 'inform')).toBe('inform');
  });

  it('offers dismissal only in inform mode and where allowed', () => {
    expect(resolvePage(policy({}), 'https://web.chatapp.example/')!.dismissible).toBe(true);
    expect(
      resolvePage(policy({ dismissal: { allowed: false } }), 'https://web.chatapp.example/')!.dismissible,
    ).toBe(false);
    expect(resolvePage(policy({ mode: 'acknowledge' }), 'https://web.chatapp.example/')!.dismissible).toBe(
      false,
    );
  });
});

describe('block rules', () => {
  it('redirects only the parts in block mode, path-scoped where the part is', () => {
    const { rules } = blockRules(
      policy({ modeByRule: { meet: 'block' } }),
      'chrome-extension://id/blocked.html',
    );
    expect(rules).toEqual([
      {
        id: 1,
        priority: 2,
        action: {
          type: 'redirect',
          redirect: { regexSubstitution: 'chrome-extension://id/blocked.html#\\0' },
        },
        condition: {
          requestDomains: ['meet.example'],
          resourceTypes: ['main_frame'],
          regexFilter: '^[a-z]+://[^/?#]+(?:/j)(?:[/?#].*)?$',
        },
      },
    ]);
    const filter = new RegExp(rules[0]!.condition.regexFilter);
    expect(filter.test('https://meet.example/j/123')).toBe(true);
    expect(filter.test('https://meet.example/j')).toBe(true);
    expect(filter.test('https://meet.example/jobs')).toBe(false);
    expect(filter.test('https://meet.example/')).toBe(false);
  });

  it('keeps exceptions and more specific hosts with another mode out of a block rule', () => {
    const { rules } = blockRules(
      policy({ mode: 'block', modeByRule: {}, exceptions: { hosts: ['x.web.chatapp.example'] } }),
      'chrome-extension://id/blocked.html',
    );
    const app = rules.find((r) => r.condition.requestDomains.includes('web.chatapp.example'))!;
    expect(app.condition.excludedRequestDomains).toEqual(['x.web.chatapp.example']);
    expect(rules.some((r) => r.condition.requestDomains.includes('chatapp.example'))).toBe(false);
  });

  it('makes no rules without block mode', () => {
    expect(blockRules(policy({ mode: 'acknowledge' }), 'x').rules).toEqual([]);
  });
});
