// @vitest-environment happy-dom
/**
 * The legal review's rules (December 2026) hold for the real catalogue, are
 * enforced on small broken fixtures, apply to an organisation's own rules,
 * and a superseded point is shown with its later events by every renderer.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pointItem } from '../../components/banner';
import { createCatalogueLookup } from '../../core/catalogue/catalogue-lookup';
import {
  isSuperseded,
  labelViolations,
  legalBasisViolation,
  statusLabels,
  toolViolations,
} from '../../core/catalogue/catalogue-rules';
import { compileCatalogue, PolicyError, type PolicyFiles } from '../../core/catalogue/compile-catalogue';
import { ProfileId, Status } from '../../core/catalogue/policy-schema';
import { toolEntry } from '../../core/catalogue/tool-entry';
import type { PointView } from '../../core/notice/banner-model';
import { resolveBanner } from '../../core/notice/resolve-banner';
import { buildEffectivePolicy } from '../../core/settings/effective-policy';
import { parseManagedSettings } from '../../core/settings/parse-managed-settings';
import { buildHandout } from '../../core/trainer/handout';
import { demoBanner, representativeUrl } from '../../core/trainer/resolve-demo';
import { loadCatalogue, readPolicyFiles } from '../../scripts/load-policy';
import { telegramRule } from './support';

const root = resolve(import.meta.dirname, '../..');
const { catalogue } = loadCatalogue(resolve(root, 'policy'));
const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
const toolIds = new Set(catalogue.tools.map((t) => t.id));

function problemsWith(fixture: string, edit?: (f: PolicyFiles) => void): string[] {
  const f = structuredClone(readPolicyFiles(resolve(root, 'tests/fixtures/mini-policy')));
  const file = `broken-rules/${fixture}`;
  f.tools.push({ file, data: parse(readFileSync(resolve(root, 'tests/fixtures', file), 'utf8')) });
  edit?.(f);
  try {
    compileCatalogue(f);
  } catch (error) {
    if (error instanceof PolicyError) return error.problems.map((p) => `${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('the real catalogue keeps the review rules', () => {
  it.each(catalogue.tools.map((t) => [t.id, t] as const))('%s', (_id, tool) => {
    expect(toolViolations(tool, sources, toolIds)).toEqual([]);
  });

  it('gives the review’s corrected cells no verdict of their own (M2, M5)', () => {
    const tool = (id: string) => catalogue.tools.find((t) => t.id === id)!;
    expect(tool('instagram').verdicts.hessen).toBeUndefined();
    expect(tool('instagram').verdicts.bw).toBeUndefined();
    expect(tool('facebook').verdicts.bw).toBeUndefined();
    expect(tool('tiktok').verdicts.bund?.points[0]?.source).toBe('bfdi-tiktok-handelsblatt-2023');
  });

  it('has no legal basis that is a vendor’s terms', () => {
    for (const tool of catalogue.tools)
      for (const verdict of Object.values(tool.verdicts))
        for (const point of verdict!.points)
          if (point.legalBasis) expect(legalBasisViolation(point.legalBasis), tool.id).toBeUndefined();
  });
});

describe('a status label', () => {
  it.each(Status.options)('for %s names no kind of authority and grants no permission', (status) => {
    for (const label of statusLabels(status)) expect(labelViolations(label, new Set())).toEqual([]);
  });

  it('may name the supervisory authority only when a cited source is one (C1)', () => {
    const label = 'Von der Datenschutzaufsicht nicht empfohlen';
    expect(labelViolations(label, new Set(['government', 'administration']))).toEqual([
      `label "${label}" names a supervisory authority, but no cited source is one`,
    ]);
    expect(labelViolations(label, new Set(['supervisory-authority']))).toEqual([]);
  });

  it('never grants a permission (C2), while a prohibition may say "unzulässig"', () => {
    expect(labelViolations('Nur im Einzelfall zulässig', new Set())).toHaveLength(1);
    expect(labelViolations('Allowed only case by case', new Set())).toHaveLength(1);
    expect(labelViolations('Für die dienstliche Nutzung unzulässig', new Set())).toEqual([]);
    expect(labelViolations('Nicht gestattet', new Set())).toEqual([]);
  });
});

describe('legalBasis', () => {
  it('accepts legal norms and named internal rules', () => {
    for (const basis of [
      'Art. 44 DSGVO',
      'Telekommunikationsrichtlinie Hessen Ziff. 3.2',
      'Geschäftsanweisung 5/2014 Anlage D (HMdIS)',
      'Art. 6 Abs. 1 lit. a DSGVO – Einwilligung (im Dokument: „§ 6 Abs. 1 DSGVO“)',
    ])
      expect(legalBasisViolation(basis), basis).toBeUndefined();
  });

  it('rejects terms of service and anything that names no norm (M7)', () => {
    expect(legalBasisViolation('Allgemeine Geschäftsbedingungen des Anbieters')).toMatch(/vendor's terms/);
    expect(legalBasisViolation('Lizenzrechtliche Bestimmungen (AGB des Herstellers)')).toMatch(
      /vendor's terms/,
    );
    expect(legalBasisViolation('Terms of Service')).toMatch(/vendor's terms/);
    expect(legalBasisViolation('weil es so ist')).toMatch(/names no legal norm/);
  });
});

describe('broken fixtures are refused, each with its rule', () => {
  it('an own verdict whose points do not name the service', () => {
    expect(problemsWith('own-verdict-unnamed.yaml')).toEqual([
      'verdicts.bund: no point cites a document of "bund" that names "unnamed" (names: [unnamed]); ' +
        'without one the profile falls back to the general verdict',
    ]);
  });

  it('an own verdict resting on another jurisdiction’s document', () => {
    expect(problemsWith('own-verdict-other-jurisdiction.yaml')).toEqual([
      expect.stringMatching(/^verdicts\.hessen: no point cites a document of "hessen"/),
    ]);
  });

  it('terms of service as the legal basis', () => {
    expect(problemsWith('legal-basis-terms.yaml')).toEqual([
      `verdicts.general.points[0].legalBasis: legal basis "Nutzungsbedingungen (AGB) des Anbieters" is a vendor's terms, not a legal norm or internal rule`,
    ]);
  });

  it('a set-aside decision without the event that set it aside', () => {
    const problems = problemsWith('set-aside-without-events.yaml', (f) => {
      (f.sources.data as { sources: unknown[] }).sources.push({
        id: 'set-aside-order',
        issuer: { de: 'Aufsicht', en: 'Authority' },
        issuerKind: 'supervisory-authority',
        jurisdiction: 'bund',
        kind: 'circular',
        date: '2023-02-17',
        title: 'Anordnung',
        status: 'set-aside',
        statusNote: { de: 'Anordnung von 2023 2025 aufgehoben', en: 'Order of 2023 set aside in 2025' },
        retrieved: '2026-01-15',
        wording: ['Der Betrieb der Seite wird untersagt.'],
      });
    });
    expect(problems).toEqual([
      'verdicts.general.points[0].laterEvents: source "set-aside-order" was set aside: the point needs the later events that say so',
    ]);
  });

  it('a quote from a page that is not among the passages recorded as seen there', () => {
    expect(problemsWith('quote-not-in-wording.yaml')).toEqual([
      'verdicts.general.points[0].quote: quote is not in the wording recorded for "test-source" (sources.yaml: wording)',
    ]);
  });

  it('a report’s wording from a source that names no report', () => {
    expect(problemsWith('report-quote-as-authority.yaml')).toEqual([
      'verdicts.general.points[0].quoteBy: "test-source" names no report (reportedIn)',
    ]);
  });

  it('a source that is not in force without saying what happened', () => {
    const problems = problemsWith('legal-basis-terms.yaml', (f) => {
      const data = f.sources.data as { sources: Array<Record<string, unknown>> };
      data.sources[1]!.status = 'contested';
    });
    expect(problems).toContain(
      'sources[1].statusNote: a source that is not in force needs a statusNote saying what happened',
    );
  });
});

describe("an organisation's own rules", () => {
  const policyWith = (rule: Record<string, unknown>) =>
    buildEffectivePolicy({
      catalogue,
      managed: parseManagedSettings({ extraRules: [rule] }),
      user: {},
      browserLanguage: 'de',
      today: '2026-12-01',
    });

  it('keep the rules: the own verdict names its service, and the source is the organisation', () => {
    const policy = policyWith(telegramRule);
    const tool = policy.lookup.catalogue.tools.find((t) => t.id === 'telegram')!;
    expect(toolViolations(tool, policy.lookup.sources, new Set(['telegram']))).toEqual([]);
    expect(policy.lookup.sources.get('org-telegram')).toMatchObject({
      issuerKind: 'organisation',
      status: 'in-force',
      retrieved: '2026-12-01',
    });
  });

  it('never show terms of service as a legal basis: the setting is reported and left out', () => {
    const policy = policyWith({ ...telegramRule, legalBasis: 'Nutzungsbedingungen von Telegram' });
    expect(policy.problems).toContainEqual(
      expect.objectContaining({
        path: 'extraRules[0].legalBasis',
        found: '"Nutzungsbedingungen von Telegram"',
      }),
    );
    const tool = policy.lookup.catalogue.tools.find((t) => t.id === 'telegram')!;
    expect(tool.verdicts.general!.points.every((p) => p.legalBasis === undefined)).toBe(true);
    // The rule itself still warns.
    expect(resolveBanner(policy.lookup, policy.view, 'https://telegram.org/')?.toolId).toBe('telegram');
  });

  it('keep a legal basis that names a norm or internal rule', () => {
    const policy = policyWith({ ...telegramRule, legalBasis: 'DA IT Nr. 3' });
    expect(policy.problems).toEqual([]);
    const tool = policy.lookup.catalogue.tools.find((t) => t.id === 'telegram')!;
    expect(tool.verdicts.general!.points[0]!.legalBasis).toBe('DA IT Nr. 3');
  });
});

describe('a superseded point never appears without its later events', () => {
  const lookup = createCatalogueLookup(catalogue);
  const cases = catalogue.tools.flatMap((tool) =>
    ProfileId.options.flatMap((profile) => {
      const verdict = tool.verdicts[profile] ?? tool.verdicts.general!;
      return verdict.points
        .filter((p) => isSuperseded(p, sources))
        .map((point) => [`${tool.id} × ${profile}`, { tool, profile, point }] as const);
    }),
  );
  const policyFor = (profile: ProfileId) =>
    buildEffectivePolicy({
      catalogue,
      managed: parseManagedSettings({ profile }),
      user: {},
      browserLanguage: 'de',
      today: '2026-12-01',
    });

  it('there are such points to check', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)(
    '%s: banner, catalogue page, walkthrough and handout',
    (_where, { tool, profile, point }) => {
      const events = point.laterEvents.map((e) => e.text.de);
      const status = sources.get(point.source)!.statusNote?.de;
      const expectShown = (view: PointView) => {
        expect(view.laterEvents.map((e) => e.text)).toEqual(events);
        if (status) expect(view.source.statusText).toContain(status);
      };
      const find = (points: PointView[]) => points.find((p) => p.text === point.text.de)!;

      // The banner (and, through the shared point view, the covering dialog and block page).
      const banner = resolveBanner(lookup, { profile, language: 'de' }, representativeUrl(tool.parts[0]!))!;
      expectShown(find(banner.points));
      // Rendered: the later events sit in the point's source disclosure.
      const item = pointItem(find(banner.points), 'de');
      for (const text of events) expect(item.querySelector('.lp-later')!.textContent).toContain(text);

      // The catalogue page's entry.
      const entry = toolEntry(lookup, tool, 'de');
      const own =
        entry.verdicts.find((v) => v.profileId === profile) ??
        entry.verdicts.find((v) => v.profileId === 'general')!;
      expectShown(find(own.points));

      // The walkthrough shows the demonstration banner.
      const demo = demoBanner(policyFor(profile), tool.id)!;
      expectShown(find(demo.points));

      // The handout lists every later event of the row.
      const row = buildHandout(policyFor(profile), profile, 'de').rows.find((r) => r.toolId === tool.id)!;
      for (const text of events) expect(row.laterEvents.map((e) => e.text)).toContain(text);
      if (status)
        expect(row.sources.map((s) => s.statusText)).toContainEqual(expect.stringContaining(status));
    },
  );
});
