/**
 * The catalogue page: every tool of the active policy with its statements,
 * sources and alternatives; search and filters; a sources view; a printable
 * handout. `#tool=<id>` (the banner's "Mehr erfahren") selects one entry;
 * `#sources` and `#handout` open the other views (see core/trainer/catalogue-route.ts).
 */
import {
  type CatalogueFilter,
  isUnfiltered,
  matchesFilter,
  searchableText,
} from '../core/trainer/catalogue-filter';
import {
  type CatalogueRoute,
  catalogueRouteHash,
  parseCatalogueRoute,
} from '../core/trainer/catalogue-route';
import type { EffectivePolicy } from '../core/settings/effective-policy';
import { buildHandout } from '../core/trainer/handout';
import { Category, ProfileId, Status } from '../core/catalogue/policy-schema';
import { organisationAlternatives } from '../core/notice/resolve-page';
import { sourceUsage } from '../core/catalogue/source-usage';
import { toolEntry } from '../core/catalogue/tool-entry';
import { formatDate, type Language, uiText } from '../core/ui-text';
import { el, fill } from './dom';
import { renderHandout } from './handout-view';
import { labelledSelect, languageSelect, largeTypeToggle } from './page-controls';
import { renderSources } from './sources-view';
import { renderToolEntry } from './tool-entry-view';

/** `#tool=whatsapp` → `whatsapp` */
export function selectedToolId(hash: string): string | undefined {
  return parseCatalogueRoute(hash).tool;
}

export interface CataloguePageInput {
  policy: EffectivePolicy;
  /** The walkthrough page, linked from the views. */
  walkthroughUrl: string;
  /** Opens the browser's print dialog ("Drucken / als PDF speichern"). */
  print(): void;
}

export function renderCataloguePage(root: HTMLElement, input: CataloguePageInput): void {
  const { policy } = input;
  let route: CatalogueRoute = parseCatalogueRoute(location.hash);
  let filter: CatalogueFilter = { query: '' };
  let page = build();

  /** Builds the whole page in the route's language; search, filters and large type survive a rebuild. */
  function build() {
    const lang: Language = route.lang ?? policy.view.language;
    const t = uiText(lang);
    const { catalogue } = policy.lookup;
    const { meta } = catalogue;
    document.documentElement.lang = lang;
    document.title = t.catalogueTitle;
    const activeProfile = policy.view.profile;
    const profileName = (id: ProfileId) => catalogue.profiles.find((p) => p.id === id)?.name[lang] ?? id;
    const href = (next: CatalogueRoute) =>
      catalogueRouteHash({ ...next, ...(route.lang ? { lang: route.lang } : {}) });

    // --- tools view
    const entries = catalogue.tools.map((tool) => {
      const entry = toolEntry(policy.lookup, tool, lang);
      const node = renderToolEntry(entry, lang, {
        activeProfile,
        organisationAlternatives: organisationAlternatives(policy.settings, tool),
        organisationRule: policy.organisationRuleIds.has(tool.id),
      });
      return { entry, node, text: searchableText(entry) };
    });
    const search = el('input', {
      attrs: {
        type: 'search',
        id: 'cat-search',
        name: 'q',
        autocomplete: 'off',
        'aria-describedby': 'cat-search-help',
        'aria-controls': 'cat-entries',
      },
    });
    search.value = filter.query;
    search.addEventListener('input', () => update({ ...filter, query: search.value }));
    const all = { value: '', text: t.catalogueFilterAll };
    const profileFilter = labelledSelect(
      'cat-profile',
      t.catalogueFilterProfile,
      [all, ...catalogue.profiles.map((p) => ({ value: p.id, text: p.name[lang] }))],
      filter.profile ?? '',
      (v) => update({ ...filter, profile: ProfileId.safeParse(v).data }),
    );
    const categoryFilter = labelledSelect(
      'cat-category',
      t.catalogueFilterCategory,
      [all, ...Category.options.map((c) => ({ value: c, text: t.category[c] }))],
      filter.category ?? '',
      (v) => update({ ...filter, category: Category.safeParse(v).data }),
    );
    const statusFilter = labelledSelect(
      'cat-status',
      t.catalogueFilterStatus,
      [all, ...Status.options.map((s) => ({ value: s, text: t.status[s] }))],
      filter.status ?? '',
      (v) => update({ ...filter, status: Status.safeParse(v).data }),
    );
    const reset = el('button', { text: t.catalogueFilterReset, attrs: { type: 'button', id: 'cat-reset' } });
    reset.addEventListener('click', () => {
      update({ query: '' });
      search.focus();
    });
    const count = el('p', { class: 'cat-count', attrs: { id: 'cat-count', role: 'status' } });
    const noResults = el('p', { class: 'cat-empty', text: t.catalogueNoResults, attrs: { hidden: '' } });
    const toolsView = el(
      'section',
      {
        class: 'cat-view',
        attrs: { id: 'view-tools', 'data-view': 'tools', 'aria-label': t.catalogueViewTools },
      },
      [
        el(
          'form',
          {
            class: 'cat-filters no-print',
            attrs: { role: 'search', 'aria-label': t.catalogueSearchAndFilters },
          },
          [
            el('div', { class: 'field field--search' }, [
              el('label', { text: t.catalogueSearch, attrs: { for: 'cat-search' } }),
              search,
              el('span', { class: 'muted', text: t.catalogueSearchHelp, attrs: { id: 'cat-search-help' } }),
            ]),
            profileFilter.field,
            categoryFilter.field,
            statusFilter.field,
            el('div', { class: 'field field--reset' }, [reset]),
          ],
        ),
        count,
        noResults,
        el(
          'div',
          { class: 'entries', attrs: { id: 'cat-entries' } },
          entries.map((e) => e.node),
        ),
      ],
    );

    function update(next: CatalogueFilter) {
      filter = next;
      if (search.value !== next.query) search.value = next.query;
      profileFilter.select.value = next.profile ?? '';
      categoryFilter.select.value = next.category ?? '';
      statusFilter.select.value = next.status ?? '';
      let shown = 0;
      for (const { entry, node, text } of entries) {
        const visible = matchesFilter(entry, next, text);
        node.hidden = !visible;
        if (visible) shown += 1;
        // With a jurisdiction chosen, its own statement is what the reader asked for.
        for (const verdict of node.querySelectorAll<HTMLElement>('.entry-verdict')) {
          verdict.hidden = next.profile !== undefined && verdict.dataset.profile !== next.profile;
        }
      }
      count.textContent = t.catalogueCount(shown, entries.length);
      noResults.hidden = shown > 0;
      reset.disabled = isUnfiltered(next);
    }

    // --- sources view
    const usages = sourceUsage(policy.lookup, lang);
    const sourcesView = el(
      'section',
      {
        class: 'cat-view',
        attrs: { id: 'view-sources', 'data-view': 'sources', 'aria-labelledby': 'sources-title' },
      },
      [
        el('h2', { text: t.catalogueViewSources, attrs: { id: 'sources-title', tabindex: '-1' } }),
        el('p', { text: t.sourcesIntro }),
        el('p', { class: 'muted', text: t.sourceCount(usages.length) }),
        renderSources(usages, lang, (toolId) => href({ view: 'tools', tool: toolId })),
      ],
    );

    // --- handout view
    const handoutProfile = route.profile ?? activeProfile;
    const handoutSlot = el('div', { class: 'handout-slot' }, [
      renderHandout(buildHandout(policy, handoutProfile, lang)),
    ]);
    const handoutProfileSelect = labelledSelect(
      'handout-profile',
      t.handoutProfile,
      catalogue.profiles.map((p) => ({
        value: p.id,
        text: p.id === activeProfile ? `${p.name[lang]} (${t.catalogueActiveProfile})` : p.name[lang],
      })),
      handoutProfile,
      (v) => {
        const profile = ProfileId.safeParse(v).data ?? activeProfile;
        route = { ...route, view: 'handout', profile };
        history.replaceState(null, '', catalogueRouteHash(route));
        fill(handoutSlot, [renderHandout(buildHandout(policy, profile, lang))]);
      },
    );
    const handoutView = el(
      'section',
      {
        class: 'cat-view',
        attrs: { id: 'view-handout', 'data-view': 'handout', 'aria-labelledby': 'handout-title' },
      },
      [el('div', { class: 'cat-filters no-print' }, [handoutProfileSelect.field]), handoutSlot],
    );

    // --- header: what this is, the controls, the views
    const language = languageSelect('page-language', lang, (next) => {
      route = { ...route, lang: next };
      history.replaceState(null, '', catalogueRouteHash(route));
      page = build();
      page.apply({ focus: false });
      document.getElementById('page-language')?.focus();
    });
    const print = el('button', {
      class: 'primary',
      text: t.print,
      attrs: { type: 'button', id: 'print', 'aria-describedby': 'print-hint' },
    });
    print.addEventListener('click', () => input.print());
    const views = [
      { view: 'tools', text: t.catalogueViewTools },
      { view: 'sources', text: t.catalogueViewSources },
      { view: 'handout', text: t.catalogueViewHandout },
    ] as const;
    const viewLinks = views.map((v) =>
      el('a', { text: v.text, attrs: { href: href({ view: v.view }), 'data-view': v.view } }),
    );
    const walkthroughHref = `${input.walkthroughUrl}${route.lang ? `#lang=${route.lang}` : ''}`;
    fill(root, [
      el('header', { class: 'cat-head' }, [
        el('h1', { text: t.catalogueTitle }),
        el('p', { class: 'cat-intro', text: t.catalogueIntro }),
        el('p', {
          class: 'muted cat-meta',
          text: `${t.profileLine(profileName(activeProfile))} · ${t.standLine(formatDate(meta.stand, lang), meta.version)}`,
        }),
        el('div', { class: 'cat-toolbar no-print' }, [
          largeTypeToggle(lang),
          language.field,
          el('div', { class: 'field' }, [
            print,
            el('span', { class: 'muted', text: t.printHint, attrs: { id: 'print-hint' } }),
          ]),
        ]),
        el('nav', { class: 'cat-tabs no-print', attrs: { 'aria-label': t.catalogueViews } }, [
          el('ul', {}, [
            ...viewLinks.map((a) => el('li', {}, [a])),
            el('li', {}, [el('a', { text: t.walkthroughOpen, attrs: { href: walkthroughHref } })]),
          ]),
        ]),
      ]),
      toolsView,
      sourcesView,
      handoutView,
    ]);
    update(filter);

    /** Shows the route's view; selects, reveals and focuses the deep-linked entry. */
    function apply({ focus }: { focus: boolean }) {
      root.dataset.view = route.view;
      for (const section of [toolsView, sourcesView, handoutView])
        section.hidden = section.dataset.view !== route.view;
      for (const link of viewLinks) {
        if (link.dataset.view === route.view) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
      const target = entries.find((e) => e.entry.id === route.tool);
      for (const { node } of entries) node.classList.toggle('is-selected', node === target?.node);
      if (target) {
        // A deep link wins over a filter that would hide its entry.
        if (target.node.hidden) update({ query: '' });
        target.node.scrollIntoView({ block: 'start' });
        target.node.focus({ preventScroll: true });
      } else if (focus) {
        const heading =
          route.view === 'sources'
            ? sourcesView.querySelector('h2')
            : route.view === 'handout'
              ? handoutView.querySelector('h2')
              : search;
        heading?.focus();
      }
    }
    return { apply, lang };
  }

  page.apply({ focus: false });
  window.addEventListener('hashchange', () => {
    const next = parseCatalogueRoute(location.hash);
    const langChanged = (next.lang ?? policy.view.language) !== page.lang;
    route = next;
    if (langChanged) page = build();
    page.apply({ focus: true });
  });
  openSourcesForPrint(root);
}

/**
 * Printing the catalogue shows every source in full. Chromium prints closed
 * `<details>` open through the print stylesheet; other browsers open them
 * for the print and close them again after.
 */
function openSourcesForPrint(root: HTMLElement): void {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of opened) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
