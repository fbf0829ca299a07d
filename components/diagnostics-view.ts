/** The "Richtlinien-Diagnose" page for administrators. */
import type { DiagnosticsReport } from '../core/settings/diagnostics';
import { formatDate, type Language, uiText } from '../core/ui-text';
import { editorText } from '../core/admin/policy-editor-text';
import { el, fill } from './dom';

export function renderDiagnostics(root: HTMLElement, report: DiagnosticsReport, lang: Language): void {
  const t = uiText(lang);
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
              el('tr', {}, [
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
    el('h2', { text: t.diagnosticsSetting }),
    table,
  ]);
}
