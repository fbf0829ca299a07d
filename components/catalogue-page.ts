/**
 * The catalogue page: every tool with its statements, sources and
 * alternatives. `#tool=<id>` (the banner's "Mehr erfahren") selects one entry.
 */
import type { CatalogueLookup, ViewConfig } from '../core/resolve-banner';
import { toolEntry } from '../core/tool-entry';
import { formatDate, uiText } from '../core/ui-text';
import { el, fill } from './dom';
import { renderToolEntry } from './tool-entry-view';

/** `#tool=whatsapp` → `whatsapp` */
export function selectedToolId(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('tool') ?? undefined;
}

export function renderCataloguePage(root: HTMLElement, lookup: CatalogueLookup, config: ViewConfig): void {
  const lang = config.language;
  const t = uiText(lang);
  const { meta } = lookup.catalogue;
  document.documentElement.lang = lang;
  document.title = t.catalogueTitle;
  const profile = lookup.catalogue.profiles.find((p) => p.id === config.profile);

  const entries = lookup.catalogue.tools.map((tool) => renderToolEntry(toolEntry(lookup, tool, lang), lang));
  fill(root, [
    el('h1', { text: t.catalogueTitle }),
    el('p', { text: t.catalogueIntro }),
    el('p', { class: 'muted', text: `${t.profileLine(profile?.name[lang] ?? config.profile)} · ${t.standLine(formatDate(meta.stand, lang), meta.version)}` }),
    el('div', { class: 'entries' }, entries),
  ]);

  const select = () => {
    const id = selectedToolId(location.hash);
    for (const entry of entries) entry.classList.toggle('is-selected', entry.dataset.tool === id);
    const target = entries.find((e) => e.dataset.tool === id);
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  };
  window.addEventListener('hashchange', select);
  select();
}
