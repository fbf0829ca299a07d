// @vitest-environment happy-dom
/**
 * Sources carry a status, a retrieval date and the catalogue a review date;
 * the UI says where a document is not in force, what "Stand" means, and when
 * the bundled legal information is due for review.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDiagnostics } from '../../components/diagnostics-view';
import { renderSources } from '../../components/sources-view';
import { isoToday, isReviewDue, reviewDueNotice } from '../../core/catalogue/review-due';
import { sourceUsage } from '../../core/catalogue/source-usage';
import { createCatalogueLookup } from '../../core/catalogue/catalogue-lookup';
import { bannerText } from '../../core/notice/banner-text';
import { pointView, sourceView } from '../../core/notice/resolve-banner';
import { diagnosticsReport } from '../../core/settings/diagnostics';
import { buildEffectivePolicy } from '../../core/settings/effective-policy';
import { parseManagedSettings } from '../../core/settings/parse-managed-settings';
import { loadCatalogue } from '../../scripts/load-policy';

const { catalogue } = loadCatalogue(resolve(import.meta.dirname, '../../policy'));
const sources = new Map(catalogue.sources.map((s) => [s.id, s]));

describe('source status', () => {
  it('names what happened wherever a source is not in force', () => {
    for (const source of catalogue.sources) {
      const view = sourceView(source, 'de');
      if (source.status === 'in-force') expect(view.statusText, source.id).toBeUndefined();
      else
        expect(view.statusText, source.id).toMatch(
          /^(Umstritten, nicht endgültig|Aufgehoben|Historisch): .*\d{4}/,
        );
    }
  });

  it('says the BfDI order of 2023 was set aside by the VG Köln and is not final', () => {
    const view = sourceView(sources.get('bfdi-bpa-order-2023')!, 'de');
    expect(view.statusText).toBe(
      'Aufgehoben: Anordnung von 2023 vom VG Köln 2025 aufgehoben, nicht rechtskräftig',
    );
  });

  it('shows every point of a source that is not in force with that status', () => {
    for (const tool of catalogue.tools)
      for (const verdict of Object.values(tool.verdicts))
        for (const point of verdict!.points) {
          const view = pointView(point, sources, 'de');
          if (sources.get(point.source)!.status !== 'in-force') expect(view.source.statusText).toBeDefined();
        }
  });

  it('records when the wording of each source was last checked, never in the future', () => {
    for (const source of catalogue.sources) expect(source.retrieved <= isoToday(), source.id).toBe(true);
  });

  it('lists the status and retrieval date in the sources view', () => {
    const list = renderSources(
      sourceUsage(createCatalogueLookup(catalogue), 'de'),
      'de',
      (id) => `#tool=${id}`,
    );
    const order = list.querySelector('[data-source="bfdi-bpa-order-2023"]')!;
    expect(order.querySelector('.lp-source-status')!.textContent).toContain('vom VG Köln 2025 aufgehoben');
    expect(order.textContent).toContain('Wortlaut geprüft am');
    const inForce = list.querySelector('[data-source="cjeu-schrems-ii-2020"]')!;
    expect(inForce.querySelector('.lp-source-status')).toBeNull();
  });
});

describe('what "Stand" means', () => {
  it('says the legal situation was checked up to the date, and statements keep their own date', () => {
    expect(bannerText('de').standLine('1. Dezember 2026', '2026.12.1')).toBe(
      'Rechtslage geprüft bis 1. Dezember 2026; Aussagen der Behörden mit ihrem Datum (Katalog 2026.12.1)',
    );
  });
});

describe('the review date', () => {
  it('lies after the Stand in the real catalogue', () => {
    expect(catalogue.meta.reviewBy > catalogue.meta.stand).toBe(true);
  });

  it('is due only after the day has passed', () => {
    expect(isReviewDue({ reviewBy: '2027-05-31' }, '2027-05-31')).toBe(false);
    expect(isReviewDue({ reviewBy: '2027-05-31' }, '2027-06-01')).toBe(true);
    expect(reviewDueNotice({ reviewBy: '2027-05-31', version: 'v' }, '2027-01-01')).toBeUndefined();
    expect(reviewDueNotice({ reviewBy: '2027-05-31', version: 'v' }, '2027-06-01')).toContain(
      'due for review since 2027-05-31',
    );
  });

  function diagnosticsFor(today: string): HTMLElement {
    const policy = buildEffectivePolicy({
      catalogue,
      managed: parseManagedSettings({}),
      user: {},
      browserLanguage: 'de',
      today,
    });
    const root = document.createElement('main');
    renderDiagnostics(root, diagnosticsReport(policy, undefined), 'de', undefined, today);
    return root;
  }

  it('tells IT on the diagnostics page once it has passed', () => {
    const due = diagnosticsFor('2099-01-01');
    expect(due.querySelector('#review-due')!.textContent).toContain('zur Überprüfung fällig');
    const fresh = diagnosticsFor(catalogue.meta.stand);
    expect(fresh.querySelector('#review-due')).toBeNull();
    expect(fresh.querySelector('#review-by')!.textContent).toContain('Nächste Überprüfung');
  });
});
