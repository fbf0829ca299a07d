/**
 * The handout: one sheet-friendly block per tool — what holds, the reasoning, what
 * instead, source — built from {@link Handout}. Styled for A4 by the
 * catalogue page's print stylesheet.
 */
import type { ContactView, SourceView } from '../core/notice/banner-model';
import type { Handout, HandoutRow } from '../core/trainer/handout';
import { Category } from '../core/catalogue/policy-schema';
import { uiText } from '../core/ui-text';
import { el, externalLink } from './dom';

/** Who, what, when — and where to find it: the link, or without one the first reference (e.g. a Drucksache). */
function sourceLine(source: SourceView): HTMLLIElement {
  const reference = source.url === undefined ? source.identifiers[0] : undefined;
  return el('li', {}, [
    el('strong', { text: source.issuer }),
    `: ${source.title}, ${source.date}`,
    reference !== undefined ? ` (${reference})` : '',
    source.url !== undefined &&
      el('span', { class: 'handout-url' }, [' – ', externalLink(source.url, source.url)]),
    source.statusText !== undefined &&
      el('span', { class: 'lp-source-status', text: ` (${source.statusText})` }),
  ]);
}

function contactLine(contact: ContactView): string {
  return [contact.name, contact.email, contact.phone, contact.url].filter(Boolean).join(' · ');
}

function row(item: HandoutRow, handout: Handout): HTMLElement {
  const t = uiText(handout.lang);
  const id = `handout-${item.toolId}`;
  return el('article', { class: 'handout-row', attrs: { 'data-tool': item.toolId, 'aria-labelledby': id } }, [
    el('h4', { attrs: { id } }, [
      `${item.name}: `,
      el('span', { class: `status status--${item.status}`, text: item.statusText }),
    ]),
    item.isFallback &&
      el('p', { class: 'muted handout-fallback', text: `(${handout.profileName}: ${t.handoutFallback})` }),
    el('div', { class: 'handout-cols' }, [
      el('section', { class: 'handout-why' }, [
        el('h5', { text: t.handoutWhyNot }),
        el('p', { text: item.summary }),
        item.legalBases.length > 0 &&
          el('p', {
            class: 'lp-basis',
            text: `${t.legalBasis}: ${item.legalBases
              .map((b) => (b.superseded ? `${b.text} (${t.handoutLaterBasis})` : b.text))
              .join('; ')}`,
          }),
        item.laterEvents.length > 0 &&
          el('div', { class: 'lp-later' }, [
            el('p', { class: 'lp-later-title', text: `${t.laterEvents}:` }),
            el(
              'ul',
              {},
              item.laterEvents.map((e) => el('li', {}, [el('strong', { text: `${e.date}: ` }), e.text])),
            ),
          ]),
      ]),
      el('section', { class: 'handout-instead' }, [
        el('h5', { text: t.handoutInstead }),
        item.alternatives.length > 0
          ? el(
              'ul',
              {},
              item.alternatives.map((a) =>
                el('li', {}, [el('strong', { text: a.name }), a.note !== undefined ? ` (${a.note})` : '']),
              ),
            )
          : el('p', { text: t.noAlternatives }),
      ]),
      el('section', { class: 'handout-sources' }, [
        el('h5', { text: t.handoutSources }),
        el('ul', {}, item.sources.map(sourceLine)),
      ]),
    ]),
  ]);
}

export function renderHandout(handout: Handout): HTMLElement {
  const t = uiText(handout.lang);
  const groups = Category.options.flatMap((category) => {
    const rows = handout.rows.filter((r) => r.category === category);
    if (rows.length === 0) return [];
    return [
      el('section', { class: 'handout-group', attrs: { 'data-category': category } }, [
        el('h3', { text: t.category[category] }),
        ...rows.map((r) => row(r, handout)),
      ]),
    ];
  });
  return el('div', { class: 'handout', attrs: { lang: handout.lang, 'data-profile': handout.profileId } }, [
    el('header', { class: 'handout-head' }, [
      el('h2', { text: t.handoutTitle, attrs: { id: 'handout-title', tabindex: '-1' } }),
      el('p', { class: 'handout-profile' }, [
        handout.organisation !== undefined ? `${handout.organisation} · ` : '',
        t.profileLine(handout.profileName),
      ]),
      el('p', { text: t.handoutIntro }),
    ]),
    ...groups,
    el('footer', { class: 'handout-foot' }, [
      handout.contacts.length > 0 &&
        el('section', { class: 'handout-help' }, [
          el('h3', { text: t.questionsHeading }),
          el(
            'ul',
            {},
            handout.contacts.map((c) =>
              el('li', {}, [el('strong', { text: `${c.role}: ` }), contactLine(c)]),
            ),
          ),
        ]),
      el('p', { class: 'muted', text: t.handoutFooter(handout.catalogueVersion, handout.stand) }),
    ]),
  ]);
}
