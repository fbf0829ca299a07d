import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManagedSettings, type ManagedKey } from '../../core/settings/managed-settings';
import { parseManagedSettings } from '../../core/settings/parse-managed-settings';

const root = resolve(import.meta.dirname, '../..');
const example = (name: string) =>
  JSON.parse(readFileSync(resolve(root, 'policy/examples', name), 'utf8')) as Record<string, unknown>;
const organisation = example('organisation.json');

const validRule = {
  id: 'chat',
  name: 'Chat',
  category: 'messenger',
  hosts: ['chat.example.org'],
  status: 'not-approved',
  summary: 'Nicht freigegeben.',
  reasons: ['Keine Freigabe.'],
};

function pathsOf(raw: unknown): string[] {
  return parseManagedSettings(raw).problems.map((p) => p.path);
}

describe('the example configurations', () => {
  it('organisation.json applies completely, without a single problem', () => {
    const { settings, problems } = parseManagedSettings(organisation);
    expect(problems).toEqual([]);
    expect(Object.keys(settings)).toEqual(Object.keys(organisation));
    expect(settings).toMatchObject(organisation);
  });

  it('minimal.json sets profile and mode, without problems', () => {
    expect(parseManagedSettings(example('minimal.json'))).toEqual({
      settings: { profile: 'bund', mode: 'inform' },
      problems: [],
    });
  });

  it('firefox-json-strings.json (objects and lists as JSON text) yields the same settings as organisation.json', () => {
    const strings = example('firefox-json-strings.json');
    expect(typeof strings.extraRules).toBe('string');
    expect(parseManagedSettings(strings)).toEqual(parseManagedSettings(organisation));
  });
});

describe('hostile.json', () => {
  const hostile = example('hostile.json');

  it('is parsed without throwing', () => {
    expect(() => parseManagedSettings(hostile)).not.toThrow();
  });

  it('reports each bad value at its precise path', () => {
    const paths = pathsOf(hostile);
    expect(paths).toEqual(
      expect.arrayContaining([
        'profile',
        'language',
        'mode',
        'modeByStatus.caution',
        'modeByRule',
        'contacts.dataProtectionOfficer',
        'contacts.serviceDesk.email',
        'contacts.serviceDesk.url',
        'approvalRequest.url',
        'alternatives[1].name',
        'alternatives[1].url',
        'alternatives[2]',
        'extraRules[1].id',
        'extraRules[1].category',
        'extraRules[1].hosts[0]',
        'extraRules[1].hosts[1]',
        'extraRules[1].hosts[2]',
        'extraRules[1].status',
        'extraRules[1].summary',
        'extraRules[1].reasons',
        'extraRules[2]',
        'extraRules[2].document.url',
        'extraRules[3]',
        'dismissal.allowed',
        'dismissal.hours',
        'acknowledgementHours',
        'reasonRetentionDays',
        'allowContinue',
        '__proto__',
        'constructor',
        'unknownSetting',
        'Profile',
      ]),
    );
    expect(paths.some((p) => p.startsWith('exceptions'))).toBe(true);
  });

  it('keeps the valid rest: the organisation, the first alternative, the first rule and the demo mode', () => {
    const { settings } = parseManagedSettings(hostile);
    expect(settings.demoMode).toBe(true);
    expect(settings.organisation?.name).toBe('<img src=x onerror="alert(1)">Ministerium <b>für</b> Beispiel');
    expect(settings.alternatives).toEqual([{ name: 'Eigene Cloud', url: 'https://cloud.beispiel.nrw.de' }]);
    expect(settings.extraRules?.map((r) => r.id)).toEqual(['signal-web']);
    expect(settings.profile).toBeUndefined();
    expect(settings.approvalRequest).toBeUndefined();
  });

  it('never applies more exception hosts than the schema allows', () => {
    expect((hostile.exceptions as { hosts: string[] }).hosts).toHaveLength(5000);
    expect(parseManagedSettings(hostile).settings.exceptions?.hosts?.length ?? 0).toBeLessThanOrEqual(1000);
  });

  it('does not pollute any prototype through "__proto__" or "constructor" keys', () => {
    const { settings } = parseManagedSettings(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(Object.hasOwn(settings, '__proto__')).toBe(false);
  });

  it('keeps every found value short enough for the diagnostics page', () => {
    for (const problem of parseManagedSettings(hostile).problems)
      expect(problem.found.length).toBeLessThanOrEqual(120);
  });
});

describe('parseManagedSettings', () => {
  const wrongType: Record<ManagedKey, unknown> = {
    profile: 7,
    language: true,
    mode: ['block'],
    modeByStatus: 5,
    modeByRule: true,
    organisation: 5,
    contacts: 5,
    approvalRequest: false,
    alternatives: { name: 'Matrix' },
    extraRules: 12,
    exceptions: 5,
    dismissal: 5,
    acknowledgementHours: '24',
    reasonRetentionDays: 1.5,
    allowContinue: 'yes',
    demoMode: 0,
    configuredSettings: 'mode',
  };

  it.each(Object.entries(wrongType))(
    'reports a wrong type for %s at that key and keeps the other settings',
    (key, value) => {
      const { settings, problems } = parseManagedSettings({
        [key]: value,
        ...(key === 'mode' ? {} : { mode: 'block' }),
      });
      expect(problems.map((p) => p.path)).toEqual([key]);
      expect(settings).not.toHaveProperty(key);
      if (key !== 'mode') expect(settings.mode).toBe('block');
    },
  );

  it('covers every setting in the wrong-type cases', () => {
    expect(Object.keys(wrongType).sort()).toEqual(Object.keys(ManagedSettings.shape).sort());
  });

  it('reports an unknown setting by name and lists the known ones', () => {
    const [problem] = parseManagedSettings({ colour: '#004b87' }).problems;
    expect(problem?.path).toBe('colour');
    expect(problem?.expected).toContain('organisation');
  });

  it('treats nothing at all as no settings, and anything but an object as one problem', () => {
    expect(parseManagedSettings(undefined)).toEqual({ settings: {}, problems: [] });
    expect(parseManagedSettings(null)).toEqual({ settings: {}, problems: [] });
    for (const raw of ['nrw', 42, [1, 2]]) {
      const { settings, problems } = parseManagedSettings(raw);
      expect(settings).toEqual({});
      expect(problems).toHaveLength(1);
    }
  });

  it('accepts objects and lists given as JSON text', () => {
    const { settings, problems } = parseManagedSettings({
      modeByStatus: '{"prohibited":"block"}',
      extraRules: JSON.stringify([validRule]),
      exceptions: '{"hosts":["webex.example.org"]}',
    });
    expect(problems).toEqual([]);
    expect(settings.modeByStatus).toEqual({ prohibited: 'block' });
    expect(settings.extraRules?.[0]?.id).toBe('chat');
    expect(settings.exceptions).toEqual({ hosts: ['webex.example.org'] });
  });

  it('reports JSON text that is not JSON at the setting, and leaves scalar settings as text', () => {
    const { settings, problems } = parseManagedSettings({ organisation: '{"name": "Amt"', profile: '"nrw"' });
    expect(problems.map((p) => p.path).sort()).toEqual(['organisation', 'profile']);
    expect(problems.find((p) => p.path === 'organisation')?.expected).toMatch(/JSON/);
    expect(settings).toEqual({});
  });

  it('applies the first 1000 extra rules of a longer list and says so', () => {
    const rules = Array.from({ length: 1005 }, (_, i) => ({
      ...validRule,
      id: `chat-${i}`,
      hosts: [`chat${i}.example.org`],
    }));
    const { settings, problems } = parseManagedSettings({ extraRules: rules });
    expect(settings.extraRules).toHaveLength(1000);
    expect(settings.extraRules?.at(-1)?.id).toBe('chat-999');
    expect(problems).toEqual([
      expect.objectContaining({ path: 'extraRules', expected: expect.stringContaining('1000') }),
    ]);
  });

  it('applies the first 100 alternatives of a longer list', () => {
    const alternatives = Array.from({ length: 101 }, (_, i) => ({ name: `Dienst ${i}` }));
    const { settings, problems } = parseManagedSettings({ alternatives });
    expect(settings.alternatives).toHaveLength(100);
    expect(problems.map((p) => p.path)).toEqual(['alternatives']);
  });

  it('drops one bad extra rule and keeps the others', () => {
    const { settings, problems } = parseManagedSettings({
      extraRules: [validRule, { ...validRule, id: 'Bad Id' }, { ...validRule, id: 'chat-2' }],
    });
    expect(settings.extraRules?.map((r) => r.id)).toEqual(['chat', 'chat-2']);
    expect(problems.map((p) => p.path)).toEqual(['extraRules[1].id']);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['http://intranet.example.org/form'],
  ])('rejects %s wherever a link goes', (url) => {
    const paths = pathsOf({
      approvalRequest: { url },
      contacts: { serviceDesk: { url } },
      alternatives: [{ name: 'A', url }],
      extraRules: [{ ...validRule, document: { title: 'DA', url } }],
    });
    expect(paths.sort()).toEqual([
      'alternatives[0].url',
      'approvalRequest.url',
      'contacts.serviceDesk.url',
      'extraRules[0].document.url',
    ]);
  });

  it('reports a link without https:// (a common slip) instead of throwing', () => {
    expect(() =>
      parseManagedSettings({ approvalRequest: { url: 'intranet.example.org/freigabe' } }),
    ).not.toThrow();
    expect(new Set(pathsOf({ approvalRequest: { url: 'intranet.example.org/freigabe' } }))).toEqual(
      new Set(['approvalRequest.url']),
    );
  });

  it('keeps HTML and script in texts as the exact, inert text the admin wrote', () => {
    const name = '<script>alert("x")</script><b>Amt</b> & Co';
    const { settings, problems } = parseManagedSettings({
      organisation: { name, message: '<img src=x onerror=alert(1)>' },
      extraRules: [{ ...validRule, reasons: ['<iframe src="javascript:alert(1)"></iframe>'] }],
    });
    expect(problems).toEqual([]);
    expect(settings.organisation).toEqual({ name, message: '<img src=x onerror=alert(1)>' });
    expect(settings.extraRules?.[0]?.reasons).toEqual(['<iframe src="javascript:alert(1)"></iframe>']);
  });

  it('rejects hosts with a scheme, a path, a wildcard or capitals', () => {
    const paths = pathsOf({
      exceptions: {
        hosts: ['https://webex.example.org', 'webex.example.org/x', '*.example.org', 'Webex.Example.org'],
      },
    });
    expect(paths).toEqual([
      'exceptions.hosts[0]',
      'exceptions.hosts[1]',
      'exceptions.hosts[2]',
      'exceptions.hosts[3]',
    ]);
  });

  it('fills the documented defaults inside objects', () => {
    const { settings } = parseManagedSettings({ dismissal: {}, extraRules: [validRule] });
    expect(settings.dismissal).toEqual({ allowed: true, hours: 0 });
    expect(settings.extraRules?.[0]?.level).toBe('warn');
  });
});

describe('item-by-item validation inside settings', () => {
  it('keeps the valid exception hosts and rules when one entry is wrong', () => {
    const { settings, problems } = parseManagedSettings({
      exceptions: { hosts: ['webex.intern.example', '*.bad', 'ok.example'], rules: ['zoom', 'Not An Id'] },
    });
    expect(settings.exceptions).toEqual({ hosts: ['webex.intern.example', 'ok.example'], rules: ['zoom'] });
    expect(problems.map((p) => p.path)).toEqual(['exceptions.hosts[1]', 'exceptions.rules[1]']);
  });

  it('keeps the valid modes per rule and per status when one entry is wrong', () => {
    const { settings, problems } = parseManagedSettings({
      modeByRule: { zoom: 'block', whatsapp: 'blok' },
      modeByStatus: { prohibited: 'block', forbidden: 'block' },
    });
    expect(settings.modeByRule).toEqual({ zoom: 'block' });
    expect(settings.modeByStatus).toEqual({ prohibited: 'block' });
    expect(problems.map((p) => p.path)).toEqual(['modeByRule.whatsapp', 'modeByStatus.forbidden']);
  });

  it('reports a link without a scheme instead of throwing', () => {
    const { settings, problems } = parseManagedSettings({
      approvalRequest: { url: 'intranet.example.de/freigabe' },
    });
    expect(settings.approvalRequest).toBeUndefined();
    expect(problems[0]).toMatchObject({
      path: 'approvalRequest.url',
      found: '"intranet.example.de/freigabe"',
    });
  });
});
