/** "Why does this page warn?": one page's explanation, for the diagnostics page and the popup. */
import type { PageExplanation } from '../core/notice/explain-page';
import { explainText } from '../core/notice/explain-text';
import type { Language } from '../core/ui-text';
import { el } from './dom';

export function explanationView(explanation: PageExplanation, lang: Language): HTMLElement {
  const t = explainText(lang);
  const row = (label: string, value: string, key: string) =>
    el('tr', { attrs: { 'data-why': key } }, [
      el('th', { text: label, attrs: { scope: 'row' } }),
      el('td', { text: value }),
    ]);
  const { rule, mode } = explanation;
  const rows = [
    row(t.whyProfile, `${explanation.profile.id} (${t.provenance[explanation.profile.origin]})`, 'profile'),
  ];
  if (rule && mode) {
    rows.unshift(
      row(
        t.whyRule,
        `${rule.toolName} (${rule.toolId}) – ${rule.partLabel} (${rule.partId}), ${t.provenance[rule.origin]}`,
        'rule',
      ),
      row(t.whyHost, rule.hostPattern, 'host'),
      row(t.whyPath, rule.path ?? t.whyWholeHost, 'path'),
    );
    rows.push(
      row(t.whyStatus, explanation.status ?? '', 'status'),
      row(t.whyMode, `${mode.value} (${t.decidedBy[mode.decidedBy]}, ${t.provenance[mode.origin]})`, 'mode'),
    );
  }
  const summary =
    explanation.outcome === 'exception'
      ? el('p', { text: t.whyException(explanation.exception ?? '') })
      : explanation.outcome === 'no-rule'
        ? el('p', { text: t.whyNoRule })
        : undefined;
  return el('div', { class: 'why', attrs: { 'data-outcome': explanation.outcome } }, [
    summary,
    el('table', { class: 'diag-table' }, [el('tbody', {}, rows)]),
    explanation.sources.length > 0 && el('p', { text: `${t.whySources}:` }),
    explanation.sources.length > 0 &&
      el(
        'ul',
        { attrs: { 'data-why': 'sources' } },
        explanation.sources.map((s) => el('li', { text: `${s.issuer}: ${s.title} (${s.date})` })),
      ),
  ]);
}
