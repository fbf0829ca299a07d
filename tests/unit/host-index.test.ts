import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHostIndex, pathMatches } from '../../core/matching/host-index';
import { normaliseUrl } from '../../core/matching/normalise-url';
import type { Tool } from '../../core/catalogue/policy-schema';

function tool(
  id: string,
  parts: Array<{ id: string; hosts: string[]; paths?: string[]; level?: 'warn' | 'inform' }>,
): Tool {
  return {
    id,
    name: id,
    category: 'messenger',
    description: { de: id, en: id },
    parts: parts.map((p) => ({
      id: p.id,
      label: { de: p.id, en: p.id },
      level: p.level ?? 'warn',
      hosts: p.hosts,
      ...(p.paths ? { paths: p.paths } : {}),
    })),
    verdicts: {
      general: {
        status: 'not-approved',
        summary: { de: 's', en: 's' },
        points: [
          {
            text: { de: 't', en: 't' },
            source: 's',
            names: [],
            quoteBy: 'issuer',
            quote: 'ein Zitat aus der Quelle',
            laterEvents: [],
          },
        ],
        alternatives: [],
      },
    },
  };
}

const index = buildHostIndex([
  tool('whatsapp', [
    { id: 'web-app', hosts: ['web.whatsapp.com'] },
    { id: 'channels', hosts: ['whatsapp.com'], paths: ['/channel'] },
    { id: 'website', hosts: ['www.whatsapp.com'], level: 'inform' },
    { id: 'invite', hosts: ['wa.me'] },
  ]),
  tool('zoom', [
    { id: 'meeting', hosts: ['zoom.us'], paths: ['/j', '/wc'] },
    { id: 'website', hosts: ['zoom.us'], level: 'inform' },
  ]),
  tool('facetime', [{ id: 'join', hosts: ['facetime.apple.com'], paths: ['/join'] }]),
  tool('bawue', [{ id: 'idn', hosts: ['xn--baw-joa.social'] }]),
]);

function match(href: string): string | undefined {
  const page = normaliseUrl(href);
  if (!page) return undefined;
  const hit = index.lookup(page.hostname, page.pathname);
  return hit ? `${hit.tool.id}/${hit.part.id}` : undefined;
}

describe('hostname matching', () => {
  it.each([
    ['https://web.whatsapp.com/', 'whatsapp/web-app'],
    ['https://WEB.WhatsApp.COM/', 'whatsapp/web-app'],
    ['https://web.whatsapp.com./', 'whatsapp/web-app'],
    ['https://web.whatsapp.com:8443/send?text=hi', 'whatsapp/web-app'],
    ['https://whatsapp.com/', 'whatsapp/website'],
    ['https://www.whatsapp.com/download', 'whatsapp/website'],
    ['https://whatsapp.com/channel/0029Va', 'whatsapp/channels'],
    ['https://www.whatsapp.com/channel/0029Va', 'whatsapp/channels'],
    ['https://whatsapp.com/channels-info', 'whatsapp/website'],
    ['https://wa.me/491701234567', 'whatsapp/invite'],
    ['https://x.zoom.us/', 'zoom/website'],
    ['https://us02web.zoom.us/j/123456789', 'zoom/meeting'],
    ['https://zoom.us/wc/123/join', 'zoom/meeting'],
    ['https://zoom.us/jobs', 'zoom/website'],
    ['https://facetime.apple.com/join#v=1&p=abc', 'facetime/join'],
    ['https://bawü.social/about', 'bawue/idn'],
    ['https://xn--baw-joa.social/about', 'bawue/idn'],
    ['http://web.whatsapp.com/', 'whatsapp/web-app'],
  ])('%s → %s', (href, expected) => {
    expect(match(href)).toBe(expected);
  });

  it.each([
    'https://whatsapp.com.example.org/',
    'https://notzoom.us/',
    'https://zoom.us.example.net/j/1',
    'https://example.org/?q=web.whatsapp.com',
    'https://example.org/web.whatsapp.com',
    'https://example.org/#zoom.us',
    'https://web-whatsapp.com/',
    'https://whatsapp.co/',
    'https://apple.com/',
    'https://www.apple.com/facetime/',
    'https://facetime.apple.com/',
    'https://facetime.apple.com/joined',
    'https://user:pass@example.org/@web.whatsapp.com',
    'https://192.168.1.1/',
    'https://[::1]/',
    'ftp://web.whatsapp.com/',
    'javascript:alert(1)',
    'chrome://extensions',
    'about:blank',
    'data:text/html,web.whatsapp.com',
    'not a url',
    '',
  ])('does not match %s', (href) => {
    expect(match(href)).toBeUndefined();
  });

  it('matches paths on segment boundaries only', () => {
    expect(pathMatches('/join', '/join')).toBe(true);
    expect(pathMatches('/join', '/join/')).toBe(true);
    expect(pathMatches('/join', '/join/abc')).toBe(true);
    expect(pathMatches('/join', '/joined')).toBe(false);
    expect(pathMatches('/', '/anything')).toBe(true);
  });

  it('reports a host claimed by two tools without distinct paths', () => {
    const clash = buildHostIndex([
      tool('a', [{ id: 'p', hosts: ['x.example'] }]),
      tool('b', [{ id: 'p', hosts: ['x.example'] }]),
    ]);
    expect(clash.conflicts).toEqual([{ host: 'x.example', toolIds: ['a', 'b'] }]);
  });
});

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const hostname = fc.array(label, { minLength: 2, maxLength: 5 }).map((labels) => labels.join('.'));

describe('hostname matching (properties)', () => {
  it("never matches a host outside a rule's domain tree", () => {
    fc.assert(
      fc.property(hostname, hostname, (ruleHost, visited) => {
        const idx = buildHostIndex([tool('t', [{ id: 'p', hosts: [ruleHost] }])]);
        const inTree =
          visited === ruleHost ||
          visited.endsWith(`.${ruleHost}`) ||
          `www.${visited}` === ruleHost ||
          (ruleHost.startsWith('www.') &&
            (visited === ruleHost.slice(4) || visited.endsWith(`.${ruleHost.slice(4)}`)));
        expect(idx.lookup(visited, '/') !== undefined).toBe(inTree);
      }),
      { numRuns: 2000 },
    );
  });

  it('always matches every subdomain of a rule host', () => {
    fc.assert(
      fc.property(hostname, fc.array(label, { minLength: 1, maxLength: 3 }), (ruleHost, sub) => {
        const idx = buildHostIndex([tool('t', [{ id: 'p', hosts: [ruleHost] }])]);
        expect(idx.lookup(`${sub.join('.')}.${ruleHost}`, '/')).toBeDefined();
      }),
    );
  });

  it('never matches a lookalike that only contains the rule host as text', () => {
    fc.assert(
      fc.property(hostname, label, (ruleHost, extra) => {
        const idx = buildHostIndex([tool('t', [{ id: 'p', hosts: [ruleHost] }])]);
        expect(idx.lookup(`${ruleHost}.${extra}.example`, '/')).toBeUndefined();
        expect(
          idx.lookup(`${extra}${ruleHost}`, '/') === undefined ||
            `${extra}${ruleHost}`.endsWith(`.${ruleHost}`),
        ).toBe(true);
      }),
    );
  });
});
