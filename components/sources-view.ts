/** The catalogue page's sources view: each document, and what cites it. */
import type { SourceCitation, SourceUsage } from '../core/catalogue/source-usage';
import { type Language, uiText } from '../core/ui-text';
import { el, externalLink } from './dom';

function citationList(citations: SourceCitation[], toolHref: (toolId: string) => string): HTMLElement {
  return el(
    'ul',
    { class: 'source-citations' },
    citations.map((c) =>
      el('li', {}, [
        el('a', { text: `${c.toolName} (${c.profileName})`, attrs: { href: toolHref(c.toolId) } }),
        `: ${c.text}`,
      ]),
    ),
  );
}

export function renderSources(
  usages: SourceUsage[],
  lang: Language,
  toolHref: (toolId: string) => string,
): HTMLElement {
  const t = uiText(lang);
  const items = usages.map(({ id, source, points, laterEvents }) =>
    el('li', { class: 'source', attrs: { id: `source-${id}`, 'data-source': id } }, [
      el('h3', { text: `${source.issuer}: ${source.title}` }),
      source.statusText !== undefined && el('p', { class: 'lp-source-status', text: source.statusText }),
      el('dl', { class: 'lp-facts' }, [
        el('dt', { text: t.dateLabel }),
        el('dd', { text: source.date }),
        source.identifiers.length > 0 && el('dt', { text: t.identifiers }),
        source.identifiers.length > 0 && el('dd', { text: source.identifiers.join(' · ') }),
        source.reportedIn !== undefined && el('dt', { text: t.reportedIn }),
        source.reportedIn !== undefined && el('dd', { text: source.reportedIn }),
        el('dt', { text: t.retrieved }),
        el('dd', { text: source.retrieved }),
      ]),
      source.note !== undefined && el('p', { class: 'lp-note', text: source.note }),
      source.url !== undefined &&
        el('p', { class: 'source-link' }, [
          externalLink(source.url, t.openDocument),
          el('span', { class: 'print-url', text: ` ${source.url}` }),
        ]),
      points.length > 0 && el('p', { class: 'source-label', text: `${t.sourceCitedFor}:` }),
      points.length > 0 && citationList(points, toolHref),
      laterEvents.length > 0 && el('p', { class: 'source-label', text: `${t.sourceLaterFor}:` }),
      laterEvents.length > 0 && citationList(laterEvents, toolHref),
      points.length === 0 && laterEvents.length === 0 && el('p', { class: 'muted', text: t.sourceNotCited }),
    ]),
  );
  return el('ol', { class: 'sources' }, items);
}
