/** The "Richtlinien-Diagnose" page for administrators. */
import type { DiagnosticsReport } from '../core/settings/diagnostics';
import { isoToday, isReviewDue } from '../core/catalogue/review-due';
import { formatDate, type Language, uiText } from '../core/ui-text';
import { editorText } from '../core/admin/policy-editor-text';
import { el, fill } from './dom';
import { explainText } from '../core/notice/explain-text';
import { explanationView } from './explain-view';

/** Block mode as the browser enforces it, and what a limit left out. */
function blockingSection(report: DiagnosticsReport, lang: Language): Array<HTMLElement | false> {
  const { blocking } = report;
  if (!blocking || (blocking.rules === 0 && blocking.notEnforced.length === 0)) return [];
  const t = explainText(lang);
  return [
    el('h2', { text: t.blockingHeading }),
    el('p', { attrs: { id: 'blocking' }, text: t.blocking(blocking.rules, blocking.hosts) }),
    blocking.notEnforced.length > 0 &&
      el(
        'ul',
        { attrs: { id: 'not-enforced' } },
        blocking.notEnforced.map((n) =>
          el('li', { text: t.blockingNotEnforced(n.toolIds.join(', '), n.reason) }),
        ),
      ),
  ];
}

/** "Why does this page warn?": an address field, and the answer for it. */
function whySection(
  report: DiagnosticsReport,
  lang: Language,
  onExplain: ((url: string) => void) | undefined,
) {
  const t = explainText(lang);
  const input = el('input', {
    attrs: { id: 'why-url', type: 'url', value: report.explanation?.url ?? '', placeholder: 'https://' },
  });
  const form = el('form', { attrs: { id: 'why-form' } }, [
    el('label', { text: `${t.whyUrlLabel} `, attrs: { for: 'why-url' } }),
    input,
    ' ',
    el('button', { text: t.whyExplain, attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) onExplain?.(input.value.trim());
  });
  return [
    el('h2', { text: t.whyHeading, attrs: { id: 'why-heading' } }),
    onExplain !== undefined && form,
    el('div', { attrs: { id: 'why', 'aria-live': 'polite' } }, [
      report.explanation ? explanationView(report.explanation, lang) : undefined,
    ]),
  ];
}

export function renderDiagnostics(
  root: HTMLElement,
  report: DiagnosticsReport,
  lang: Language,
  onExplain?: (url: string) => void,
  today: string = isoToday(),
): void {
  const t = uiText(lang);
  const reviewBy = formatDate(report.catalogue.reviewBy, lang);
  // Judged by the page's own clock: the report may come from a long-running background.
  const review = isReviewDue(report.catalogue, today)
    ? el('p', {
        class: 'diag-warning',
        attrs: { id: 'review-due', role: 'alert' },
        text: t.diagnosticsReviewDue(reviewBy),
      })
    : el('p', { attrs: { id: 'review-by' }, text: t.diagnosticsReviewBy(reviewBy) });
  document.documentElement.lang = lang;
  document.title = `${t.diagnosticsTitle} – ${t.productName}`;
  const table = el('table', { class: 'diag-table', attrs: { id: 'effective' } }, [
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: t.diagnosticsSetting, attrs: { scope: 'col' } }),
        el('th', { text: t.diagnosticsValue, attrs: { scope: 'col' } }),
        el('th', { text: t.diagnosticsOrigin, attrs: { scope: 'col' } }),
      ]),
    ]),
    el(
      'tbody',
      {},
      report.rows.map((row) =>
        el('tr', { attrs: { 'data-setting': row.setting, 'data-origin': row.origin } }, [
          el('th', { attrs: { scope: 'row' } }, [el('code', { text: row.setting })]),
          el('td', {}, [el('code', { text: row.value })]),
          el('td', { text: t.diagnosticsOrigins[row.origin] }),
        ]),
      ),
    ),
  ]);
  const problems =
    report.problems.length === 0
      ? el('p', { attrs: { id: 'problems' }, text: t.diagnosticsNoProblems })
      : el('table', { class: 'diag-table', attrs: { id: 'problems' } }, [
          el('thead', {}, [
            el('tr', {}, [
              el('th', { text: t.diagnosticsPath, attrs: { scope: 'col' } }),
              el('th', { text: t.diagnosticsExpected, attrs: { scope: 'col' } }),
              el('th', { text: t.diagnosticsFound, attrs: { scope: 'col' } }),
            ]),
          ]),
          el(
            'tbody',
            {},
            report.problems.map((p) =>
              el('tr', { attrs: p.discarded ? { 'data-discarded': 'true' } : {} }, [
                el('td', {}, [el('code', { text: p.path })]),
                el('td', { text: p.expected }),
                el('td', {}, [el('code', { text: p.found })]),
              ]),
            ),
          ),
        ]);
  fill(root, [
    el('h1', { text: t.diagnosticsTitle }),
    el('p', { text: t.diagnosticsIntro }),
    el('p', {}, [
      el('a', {
        text: editorText(lang).open,
        attrs: { href: 'policy-editor.html', id: 'open-policy-editor' },
      }),
    ]),
    el('p', {
      attrs: { id: 'catalogue' },
      text: t.diagnosticsCatalogue(
        report.catalogue.version,
        formatDate(report.catalogue.stand, lang),
        report.catalogue.tools,
      ),
    }),
    review,
    el('p', {
      attrs: { id: 'read-at' },
      text: report.managedReadAt
        ? t.diagnosticsReadAt(
            new Date(report.managedReadAt).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB'),
          )
        : t.diagnosticsNeverRead,
    }),
    el('h2', { text: t.diagnosticsProblemsHeading }),
    problems,
    ...blockingSection(report, lang),
    ...whySection(report, lang, onExplain),
    el('h2', { text: t.diagnosticsSetting }),
    table,
  ]);
}
