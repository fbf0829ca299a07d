/**
 * The real catalogue under policy/: it compiles, every point is traceable to
 * a source, quotes are verbatim, and dated reasoning carries its later events.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editorSchemas } from '../../core/catalogue/policy-schema';
import { createCatalogueLookup } from '../../core/catalogue/catalogue-lookup';
import { inHostTree } from '../../core/matching/host-index';
import { normaliseUrl } from '../../core/matching/normalise-url';
import { resolveBanner } from '../../core/notice/resolve-banner';
import { loadCatalogue } from '../../scripts/load-policy';

const root = resolve(import.meta.dirname, '../..');
const { catalogue, index } = loadCatalogue(resolve(root, 'policy'));
const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
/** The plain-text copies of the source documents (shared/seeds beside the repository). */
const seedsDir = process.env.LEITPLANKE_SEEDS ?? resolve(root, '../shared/seeds');

const points = catalogue.tools.flatMap((tool) =>
  Object.entries(tool.verdicts).flatMap(([profile, verdict]) =>
    verdict!.points.map((point, i) => ({ where: `${tool.id} ${profile} #${i}`, tool, profile, point })),
  ),
);

/** Whitespace-insensitive; for OCR copies every non-ASCII letter and quote mark may differ. */
function quotePattern(quote: string, ocr: boolean): RegExp {
  const escaped = [...quote.trim()]
    .map((ch) => {
      if (/\s/.test(ch)) return '\\s+';
      if (/[„“”"‚‘’'«»]/.test(ch)) return '\\s*.?\\s*';
      // eslint-disable-next-line no-control-regex -- any non-ASCII character
      if (ocr && /[^\x00-\x7f]/.test(ch)) return '.{1,2}';
      return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('')
    .replace(/(\\s\+)+/g, '\\s+');
  return new RegExp(escaped, 'u');
}

describe('the policy catalogue', () => {
  it('covers the tools the source documents discuss', () => {
    const ids = catalogue.tools.map((t) => t.id);
    for (const id of [
      'whatsapp',
      'facebook',
      'instagram',
      'tiktok',
      'dropbox',
      'zoom',
      'webex',
      'gotomeeting',
      'facetime',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('has a version and a Stand date', () => {
    expect(catalogue.meta.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(Date.parse(catalogue.meta.stand)).not.toBeNaN();
  });

  it.each(points.map((p) => [p.where, p] as const))('%s cites a registered source', (_where, { point }) => {
    expect(sources.has(point.source)).toBe(true);
  });

  it.each(points.filter((p) => sources.get(p.point.source)?.textCopy).map((p) => [p.where, p] as const))(
    '%s quotes its source verbatim',
    (_where, { point }) => {
      const source = sources.get(point.source)!;
      const file = resolve(seedsDir, source.textCopy!);
      expect(existsSync(file), `source text ${file} (set LEITPLANKE_SEEDS)`).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(quotePattern(point.quote, source.ocrNormalised));
    },
  );

  it('never presents the Privacy Shield argument without Schrems II', () => {
    const shieldPoints = points.filter((p) =>
      /privacy shield/i.test(`${p.point.quote} ${p.point.legalBasis ?? ''}`),
    );
    for (const { where, point } of shieldPoints) {
      expect(
        point.laterEvents.map((e) => e.date),
        where,
      ).toContain('2020-07-16');
      expect(
        point.laterEvents.map((e) => e.date),
        where,
      ).toContain('2023-07-10');
    }
    // The Hessian answer's reliance on it is recorded with the document, with the judgment's date.
    expect(sources.get('hessen-ka-whatsapp-2021')!.note!.de).toMatch(/Privacy Shield.*16\.07\.2020/);
  });

  it('never lets an approved alternative trigger a warning', () => {
    for (const alt of catalogue.alternatives) {
      for (const host of alt.hosts) expect(index.lookup(host, '/'), `${alt.id}: ${host}`).toBeUndefined();
    }
    for (const url of [
      'https://web.threema.ch/',
      'https://app.element.io/',
      'https://bawü.social/',
      'https://meet.jit.si.example.org/',
    ]) {
      const page = normaliseUrl(url)!;
      expect(index.lookup(page.hostname, page.pathname), url).toBeUndefined();
    }
  });

  it('resolves a banner for every part in every profile and language', () => {
    const lookup = createCatalogueLookup(catalogue);
    for (const tool of catalogue.tools) {
      for (const part of tool.parts) {
        const url = `https://${part.hosts[0]}${part.paths?.[0] ?? '/'}`;
        for (const profile of catalogue.profiles) {
          for (const language of ['de', 'en'] as const) {
            const model = resolveBanner(lookup, { profile: profile.id, language }, url);
            expect(model?.toolId, `${url} ${profile.id}`).toBe(tool.id);
            expect(model!.points.length).toBeGreaterThanOrEqual(1);
          }
        }
      }
    }
  });

  it('gives content scripts only the catalogue hosts, never a catch-all', () => {
    const matches = JSON.parse(
      readFileSync(resolve(root, 'generated/content-script-matches.json'), 'utf8'),
    ) as string[];
    expect(matches.length).toBeGreaterThan(0);
    for (const pattern of matches) {
      expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    }
    expect(matches).not.toContain('<all_urls>');
  });
});

describe('the JSON Schemas for policy editors', () => {
  it.each(Object.entries(editorSchemas))(
    'policy/schema/%s.schema.json is generated from the zod schema',
    (name, schema) => {
      const onDisk = JSON.parse(readFileSync(resolve(root, `policy/schema/${name}.schema.json`), 'utf8'));
      expect(onDisk).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io: 'input' }))));
    },
  );
});

describe("each service's real addresses", () => {
  const toolAt = (url: string) => {
    const page = normaliseUrl(url)!;
    return index.lookup(page.hostname, page.pathname)?.tool.id;
  };

  it.each([
    ['https://app.goto.com/meeting/123456789', 'gotomeeting'],
    ['https://gotomeet.me/beispielraum', 'gotomeeting'],
    ['https://global.gotomeeting.com/join/123456789', 'gotomeeting'],
    ['https://meet.goto.com/123456789', 'gotomeeting'],
    ['https://ig.me/m/beispiel', 'instagram'],
    ['https://www.instagram.com/beispiel/', 'instagram'],
    ['https://m.me/beispielseite', 'facebook-messenger'],
    ['https://www.messenger.com/t/123', 'facebook-messenger'],
    ['https://www.facebook.com/beispielseite', 'facebook'],
    ['https://vm.tiktok.com/abc/', 'tiktok'],
    ['https://wa.me/491701234567', 'whatsapp'],
  ])('%s warns as %s', (url, tool) => {
    expect(toolAt(url)).toBe(tool);
  });

  it.each([
    'https://gotomeet.me.example.org/',
    'https://notgotomeet.me/',
    'https://www.goto.com/',
    'https://ig.me.example.org/',
    'https://gig.me/',
    'https://mm.me/',
    'https://messenger.com.example.org/',
  ])('%s does not warn (lookalike or the vendor’s company site)', (url) => {
    expect(toolAt(url)).toBeUndefined();
  });

  it('never warns on a lookalike of any catalogued host', () => {
    const hosts = index.hosts();
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    fc.assert(
      fc.property(fc.constantFrom(...hosts), label, (host, extra) => {
        // The host as a label of another domain never warns; glued to a prefix it warns
        // only where the result is a real subdomain of a catalogued host (e.g. x-web.whatsapp.com).
        expect(index.lookup(`${host}.${extra}.example`, '/')).toBeUndefined();
        const glued = `${extra}-${host}`;
        if (!inHostTree(new Set(hosts), glued)) expect(index.lookup(glued, '/')).toBeUndefined();
      }),
    );
  });

  it('cites the vendor documentation for each address added since the legal review', () => {
    const cited = new Map(
      catalogue.tools.flatMap((t) =>
        t.parts.flatMap((p) => p.hosts.map((h) => [h, p.hostSources ?? []] as const)),
      ),
    );
    for (const host of ['app.goto.com', 'gotomeet.me', 'ig.me', 'm.me']) {
      expect(cited.get(host)?.length, host).toBeGreaterThan(0);
      for (const s of cited.get(host)!) expect(s.says.length, host).toBeGreaterThan(20);
    }
  });
});
