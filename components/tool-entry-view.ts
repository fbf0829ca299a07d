/** A tool's full entry on the catalogue page, built from {@link ToolEntry}. */
import type { ToolEntry } from '../core/tool-entry';
import { type Language, uiText } from '../core/ui-text';
import { alternativesSection, pointItem } from './banner';
import { el } from './dom';

export function renderToolEntry(entry: ToolEntry, lang: Language): HTMLElement {
  const t = uiText(lang);
  const parts = el(
    'ul',
    { class: 'entry-parts' },
    entry.parts.map((part) =>
      el('li', {}, [
        el('span', { class: `badge badge--${part.level}`, text: part.level === 'warn' ? t.catalogueWarns : t.catalogueInforms }),
        ` ${part.label}: `,
        el('code', {
          text: part.hosts.map((h) => (part.paths.length > 0 ? part.paths.map((p) => `${h}${p}`).join(', ') : h)).join(', '),
        }),
      ]),
    ),
  );
  const verdicts = entry.verdicts.map((v) =>
    el('section', { class: `entry-verdict`, attrs: { 'data-profile': v.profileId } }, [
      el('h3', {}, [`${v.profileName}: `, el('span', { class: `status status--${v.status}`, text: v.statusText })]),
      el('p', { text: v.summary }),
      el('ul', {}, v.points.map((p) => pointItem(p, lang))),
      alternativesSection(v.alternatives, lang, `alt-${entry.id}-${v.profileId}`),
    ]),
  );
  return el('article', { class: 'entry', attrs: { id: `tool-${entry.id}`, 'data-tool': entry.id, tabindex: '-1' } }, [
    el('h2', { text: entry.name }),
    el('p', { text: entry.description }),
    el('h3', { text: t.catalogueHosts }),
    parts,
    el('h3', { text: t.catalogueProfileStatements }),
    ...verdicts,
  ]);
}
