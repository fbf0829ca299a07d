/** A tool's full entry on the catalogue page, built from {@link ToolEntry}. */
import type { AlternativeView } from '../core/notice/banner-model';
import type { ProfileId } from '../core/catalogue/policy-schema';
import type { ToolEntry } from '../core/catalogue/tool-entry';
import { type Language, uiText } from '../core/ui-text';
import { alternativesSection, pointItem } from './banner';
import { el } from './dom';

export interface ToolEntryOptions {
  /** The profile in force: its statement (or the general one it falls back to) comes first, marked. */
  activeProfile?: ProfileId;
  /** The organisation's own alternatives for this tool, shown first (as on the banner). */
  organisationAlternatives?: AlternativeView[];
  /** The tool is one of the organisation's extra rules. */
  organisationRule?: boolean;
}

export function renderToolEntry(
  entry: ToolEntry,
  lang: Language,
  options: ToolEntryOptions = {},
): HTMLElement {
  const t = uiText(lang);
  const parts = el(
    'ul',
    { class: 'entry-parts' },
    entry.parts.map((part) =>
      el('li', {}, [
        el('span', {
          class: `badge badge--${part.level}`,
          text: part.level === 'warn' ? t.catalogueWarns : t.catalogueInforms,
        }),
        ` ${part.label}: `,
        el('code', {
          text: part.hosts
            .map((h) => (part.paths.length > 0 ? part.paths.map((p) => `${h}${p}`).join(', ') : h))
            .join(', '),
        }),
      ]),
    ),
  );
  // What applies to the active profile: its own statement, else the general one.
  const applying =
    entry.verdicts.find((v) => v.profileId === options.activeProfile) ??
    entry.verdicts.find((v) => v.profileId === 'general');
  const ordered = applying ? [applying, ...entry.verdicts.filter((v) => v !== applying)] : entry.verdicts;
  const verdicts = ordered.map((v) =>
    el(
      'section',
      {
        class: `entry-verdict${v === applying ? ' entry-verdict--active' : ''}`,
        attrs: { 'data-profile': v.profileId },
      },
      [
        el('h3', {}, [
          `${v.profileName}: `,
          el('span', { class: `status status--${v.status}`, text: v.statusText }),
          v === applying && options.activeProfile !== undefined && ' ',
          v === applying &&
            options.activeProfile !== undefined &&
            el('span', { class: 'badge badge--active', text: t.catalogueActiveProfile }),
        ]),
        el('p', { text: v.summary }),
        el(
          'ul',
          { class: 'entry-points' },
          v.points.map((p) => pointItem(p, lang)),
        ),
        alternativesSection(
          [...(options.organisationAlternatives ?? []), ...v.alternatives],
          lang,
          `alt-${entry.id}-${v.profileId}`,
        ),
      ],
    ),
  );
  return el(
    'article',
    {
      class: 'entry',
      attrs: {
        id: `tool-${entry.id}`,
        'data-tool': entry.id,
        'data-category': entry.category,
        tabindex: '-1',
        'aria-labelledby': `tool-${entry.id}-name`,
      },
    },
    [
      el('h2', { attrs: { id: `tool-${entry.id}-name` } }, [entry.name]),
      el('p', { class: 'entry-meta' }, [
        el('span', { class: 'badge badge--category', text: t.category[entry.category] }),
        options.organisationRule === true && ' ',
        options.organisationRule === true &&
          el('span', { class: 'badge badge--organisation', text: t.catalogueOrganisationRule }),
      ]),
      el('p', { text: entry.description }),
      el('h3', { text: t.catalogueHosts }),
      parts,
      el('h3', { text: t.catalogueProfileStatements }),
      ...verdicts,
    ],
  );
}
