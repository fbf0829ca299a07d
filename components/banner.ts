/**
 * The banner's content, built from a resolved {@link BannerModel}. Plain words
 * first; the legal detail (basis, source, verbatim quote, later events) sits
 * one click deeper in a disclosure.
 */
import type { AlternativeView, BannerModel, PointView } from '../core/banner-model';
import { type Language, uiText } from '../core/ui-text';
import { el, externalLink } from './dom';

export interface BannerActions {
  onDismiss(): void;
  onLearnMore(): void;
}

function sourceDisclosure(point: PointView, lang: Language): HTMLDetailsElement {
  const t = uiText(lang);
  const { source } = point;
  const facts = el('dl', { class: 'lp-facts' }, [
    el('dt', { text: t.source }),
    el('dd', { text: `${source.issuer}: ${source.title}` }),
    source.identifiers.length > 0 && el('dt', { text: t.identifiers }),
    source.identifiers.length > 0 && el('dd', { text: source.identifiers.join(' · ') }),
    el('dt', { text: t.dateLabel }),
    el('dd', { text: point.statedOn }),
    source.reportedIn !== undefined && el('dt', { text: t.reportedIn }),
    source.reportedIn !== undefined && el('dd', { text: source.reportedIn }),
  ]);
  return el('details', { class: 'lp-source' }, [
    el('summary', { text: t.sourceOf(source.issuer, point.statedOn) }),
    facts,
    // Quotes are German as written, whatever the UI language.
    el('blockquote', { attrs: { lang: 'de' }, text: `„${point.quote}“` }),
    source.note !== undefined && el('p', { class: 'lp-note', text: source.note }),
    point.laterEvents.length > 0 &&
      el('div', { class: 'lp-later' }, [
        el('p', { class: 'lp-later-title', text: `${t.laterEvents}:` }),
        el(
          'ul',
          {},
          point.laterEvents.map((e) => el('li', {}, [el('strong', { text: `${e.date}: ` }), e.text])),
        ),
      ]),
    source.url !== undefined && el('p', {}, [externalLink(source.url, t.openDocument)]),
  ]);
}

/** One rationale point: plain text, legal basis, and the source one click deeper. */
export function pointItem(point: PointView, lang: Language): HTMLLIElement {
  const t = uiText(lang);
  return el('li', { class: 'lp-point' }, [
    el('p', { text: point.text }),
    point.legalBasis !== undefined && el('p', { class: 'lp-basis', text: `${t.legalBasis}: ${point.legalBasis}` }),
    sourceDisclosure(point, lang),
  ]);
}

/** The approved alternatives, linked where they have a public address. */
export function alternativesSection(alternatives: AlternativeView[], lang: Language, headingId: string): HTMLElement {
  const t = uiText(lang);
  const items = alternatives.map((alt) =>
    el('li', {}, [
      alt.url ? externalLink(alt.url, alt.name) : el('strong', { text: alt.name }),
      ` – ${alt.description}`,
      alt.note !== undefined && el('span', { class: 'lp-note', text: ` (${alt.note})` }),
    ]),
  );
  return el('section', { class: 'lp-alternatives', attrs: { 'aria-labelledby': headingId } }, [
    el('h3', { text: t.alternativesHeading, attrs: { id: headingId } }),
    items.length > 0 ? el('ul', {}, items) : el('p', { text: t.noAlternatives }),
  ]);
}

/** Builds the banner. The caller places it in a shadow root and wires the actions. */
export function renderBanner(model: BannerModel, actions: BannerActions): HTMLElement {
  const t = uiText(model.lang);
  const warn = model.level === 'warn';
  const titleId = 'lp-title';
  const whyId = 'lp-why';

  const why = el('section', { class: 'lp-why', attrs: { 'aria-labelledby': whyId } }, [
    el('h3', { text: t.whyHeading, attrs: { id: whyId } }),
    el('ul', {}, model.points.map((p) => pointItem(p, model.lang))),
  ]);

  const dismiss = el('button', {
    class: 'lp-button lp-button--primary',
    text: t.dismiss,
    attrs: { type: 'button', title: t.dismissHint, 'data-action': 'dismiss' },
  });
  dismiss.addEventListener('click', () => actions.onDismiss());
  const learnMore = el('button', {
    class: 'lp-button',
    text: t.learnMore,
    attrs: { type: 'button', 'data-action': 'learn-more' },
  });
  learnMore.addEventListener('click', () => actions.onLearnMore());

  return el(
    'section',
    {
      class: `lp lp--${model.level} lp--${model.status}`,
      attrs: { role: 'region', 'aria-labelledby': titleId, lang: model.lang, 'data-tool': model.toolId },
    },
    [
      el('div', { class: 'lp-head' }, [
        el('p', { class: 'lp-eyebrow', text: `${t.productName} · ${t.profileLine(model.profileName)}` }),
        el('h2', { class: 'lp-title', attrs: { id: titleId } }, [
          el('span', { class: 'lp-tool', text: `${model.partLabel}: ` }),
          el('span', { class: 'lp-status', text: warn ? model.statusText : `${t.informHeading}: ${model.statusText}` }),
        ]),
        el('p', { class: 'lp-summary', text: model.summary }),
        model.fallbackNotice !== undefined && el('p', { class: 'lp-fallback', text: model.fallbackNotice }),
      ]),
      // Informational pages (a service's public website) keep the detail folded.
      warn
        ? el('div', { class: 'lp-body' }, [why, alternativesSection(model.alternatives, model.lang, 'lp-alt')])
        : el('details', { class: 'lp-body lp-fold' }, [
            el('summary', { text: `${t.whyHeading} · ${t.alternativesHeading}` }),
            why,
            alternativesSection(model.alternatives, model.lang, 'lp-alt'),
          ]),
      el('div', { class: 'lp-actions' }, [
        dismiss,
        learnMore,
        el('p', { class: 'lp-stand', text: t.standLine(model.stand, model.catalogueVersion) }),
      ]),
    ],
  );
}
