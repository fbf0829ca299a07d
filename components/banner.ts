/**
 * The notice, built from a resolved {@link BannerModel}: the banner (inform),
 * the covering dialog (acknowledge, reason) and the block page share it.
 * Plain words first; the legal detail (basis, source, verbatim quote, later
 * events) sits one click deeper in a disclosure.
 */
import type { AlternativeView, BannerModel, ContactView, PointView } from '../core/notice/banner-model';
import { bannerText, type Language } from '../core/notice/banner-text';
import { el, externalLink, mailLink, phoneLink } from './dom';

export interface BannerActions {
  onLearnMore(): void;
  /** Inform mode, when dismissal is allowed. */
  onDismiss?(): void;
  /** Acknowledge and reason mode: the reason is set in reason mode. */
  onAcknowledge?(reason?: string): void;
  /** Block page. */
  onBack?(): void;
  onContinue?(): void;
  /**
   * Acknowledge and reason mode on a web page: what takes the confirmation
   * instead of the built-in form (an extension-origin frame, see components/notice-host.ts).
   */
  confirmation?(): HTMLElement;
}

function sourceDisclosure(point: PointView, lang: Language): HTMLDetailsElement {
  const t = bannerText(lang);
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
    el('dt', { text: t.retrieved }),
    el('dd', { text: source.retrieved }),
  ]);
  return el('details', { class: 'lp-source' }, [
    el('summary', { text: t.sourceOf(source.issuer, point.statedOn) }),
    source.statusText !== undefined && el('p', { class: 'lp-source-status', text: source.statusText }),
    facts,
    point.quoteAttribution !== undefined && el('p', { class: 'lp-note', text: point.quoteAttribution }),
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
  const t = bannerText(lang);
  return el('li', { class: 'lp-point' }, [
    el('p', { text: point.text }),
    point.legalBasis !== undefined &&
      el('p', { class: 'lp-basis', text: `${t.legalBasis}: ${point.legalBasis}` }),
    sourceDisclosure(point, lang),
  ]);
}

/** The approved alternatives, linked where they have a public address. */
export function alternativesSection(
  alternatives: AlternativeView[],
  lang: Language,
  headingId: string,
): HTMLElement {
  const t = bannerText(lang);
  const items = alternatives.map((alt) =>
    el('li', {}, [
      alt.url ? externalLink(alt.url, alt.name) : el('strong', { text: alt.name }),
      alt.description ? ` – ${alt.description}` : '',
      alt.note !== undefined && el('span', { class: 'lp-note', text: ` (${alt.note})` }),
    ]),
  );
  return el('section', { class: 'lp-alternatives', attrs: { 'aria-labelledby': headingId } }, [
    el('h3', { text: t.alternativesHeading, attrs: { id: headingId } }),
    items.length > 0 ? el('ul', {}, items) : el('p', { text: t.noAlternatives }),
  ]);
}

function contactItem(contact: ContactView): HTMLLIElement {
  const reach: Array<Node | string> = [];
  if (contact.email) reach.push(mailLink(contact.email, contact.email));
  if (contact.phone) reach.push(phoneLink(contact.phone));
  if (contact.url) reach.push(externalLink(contact.url, contact.url));
  return el('li', {}, [
    el('strong', { text: `${contact.role}: ` }),
    contact.name ? `${contact.name} ` : '',
    ...reach.flatMap((node, i) => (i === 0 ? [node] : [' · ', node])),
  ]);
}

/** "Freigabe beantragen": a prefilled mail or the intranet form, carrying the site and the reason. */
export function approvalLink(model: BannerModel, reason: string): HTMLElement | undefined {
  const t = bannerText(model.lang);
  const host = new URL(model.pageUrl).hostname;
  if (model.approval?.url) {
    const url = new URL(model.approval.url);
    url.searchParams.set('site', host);
    if (reason) url.searchParams.set('reason', reason);
    return externalLink(url.href, t.requestApproval);
  }
  if (model.approval?.email) {
    return mailLink(model.approval.email, t.requestApproval, {
      subject: t.approvalSubject(model.toolName, host),
      body: t.approvalBody(model.pageUrl, reason),
    });
  }
  return undefined;
}

/** `withApproval` false: the confirmation frame carries the approval request, with the reason typed there. */
function helpSection(model: BannerModel, withApproval = true): HTMLElement | false {
  const t = bannerText(model.lang);
  const approval = withApproval ? approvalLink(model, '') : undefined;
  if (model.contacts.length === 0 && !approval) return false;
  return el('section', { class: 'lp-help', attrs: { 'aria-labelledby': 'lp-help' } }, [
    el('h3', { text: t.questionsHeading, attrs: { id: 'lp-help' } }),
    model.contacts.length > 0 && el('ul', {}, model.contacts.map(contactItem)),
    approval !== undefined && el('p', { class: 'lp-approval' }, [approval]),
  ]);
}

function button(
  text: string,
  action: string,
  primary: boolean,
  onClick: () => void,
  attrs: Record<string, string> = {},
) {
  const node = el('button', {
    class: primary ? 'lp-button lp-button--primary' : 'lp-button',
    text,
    attrs: { type: 'button', 'data-action': action, ...attrs },
  });
  // Real user input only: a page script's synthetic click (or `click()`) is not the user's decision.
  node.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return node;
}

/** Acknowledge/reason: the confirmation, with the reason field in reason mode. */
function confirmation(model: BannerModel, actions: BannerActions): HTMLElement | false {
  if (model.mode !== 'acknowledge' && model.mode !== 'reason') return false;
  if (actions.confirmation) return el('div', { class: 'lp-confirm' }, [actions.confirmation()]);
  return actions.onAcknowledge ? confirmationForm(model, actions.onAcknowledge) : false;
}

/** The confirmation button, and in reason mode the reason field it requires. */
export function confirmationForm(model: BannerModel, confirm: (reason?: string) => void): HTMLElement {
  const t = bannerText(model.lang);
  if (model.mode === 'acknowledge') {
    return el('div', { class: 'lp-confirm' }, [button(t.acknowledge, 'acknowledge', true, () => confirm())]);
  }
  const field = el('textarea', {
    attrs: {
      id: 'lp-reason',
      rows: '3',
      maxlength: '2000',
      required: '',
      'aria-describedby': 'lp-reason-error',
    },
  });
  const error = el('p', { class: 'lp-error', attrs: { id: 'lp-reason-error', role: 'alert' } });
  // The request to give a reason goes once one is typed.
  field.addEventListener('input', () => {
    if (field.value.trim()) error.textContent = '';
  });
  const submit = button(t.reasonSubmit, 'acknowledge', true, () => {
    const reason = field.value.trim();
    if (!reason) {
      error.textContent = t.reasonRequired;
      field.focus();
      return;
    }
    confirm(reason);
  });
  return el('div', { class: 'lp-confirm' }, [
    el('label', { text: t.reasonLabel, attrs: { for: 'lp-reason' } }),
    field,
    error,
    submit,
  ]);
}

/** Everything that says who speaks: product (or demonstration), organisation, profile. */
function eyebrowText(model: BannerModel): string {
  const t = bannerText(model.lang);
  return [
    model.demo ? t.demoLabel : t.productName,
    model.organisation ? t.fromOrganisation(model.organisation.name) : '',
    t.profileLine(model.profileName),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The status in plain words, with "Hinweis:" on a service's informational pages. */
function statusLine(model: BannerModel, text: string): string {
  return model.level === 'warn' ? text : `${bannerText(model.lang).informHeading}: ${text}`;
}

/** The verdict changed since the user's last decision on this site (issue 12): say what, before anything else. */
function changedNotice(model: BannerModel): HTMLElement | false {
  if (!model.changes?.length) return false;
  return el('div', { class: 'lp-changed', attrs: { role: 'note', 'data-changed': '' } }, [
    el('p', { class: 'lp-changed-heading', text: bannerText(model.lang).verdictChanged }),
    el(
      'ul',
      {},
      model.changes.map((line) => el('li', { text: line })),
    ),
  ]);
}

/** What changed, the summary, the organisation's message and the fallback notice: the plain words before any detail. */
function introParagraphs(model: BannerModel): Array<HTMLElement | false> {
  return [
    changedNotice(model),
    el('p', { class: 'lp-summary', text: model.summary }),
    model.organisation?.message !== undefined &&
      el('p', { class: 'lp-org-message', text: model.organisation.message }),
    model.fallbackNotice !== undefined && el('p', { class: 'lp-fallback', text: model.fallbackNotice }),
  ];
}

function whySection(model: BannerModel): HTMLElement {
  const t = bannerText(model.lang);
  return el('section', { class: 'lp-why', attrs: { 'aria-labelledby': 'lp-why' } }, [
    el('h3', { text: t.whyHeading, attrs: { id: 'lp-why' } }),
    el(
      'ul',
      {},
      model.points.map((p) => pointItem(p, model.lang)),
    ),
  ]);
}

function rootSection(model: BannerModel, extraClass: string, children: Array<Node | false>): HTMLElement {
  const covering = model.mode === 'acknowledge' || model.mode === 'reason';
  const root = el(
    'section',
    {
      class: `lp lp--${model.level} lp--${model.status} lp--mode-${model.mode}${model.demo ? ' lp--demo' : ''}${extraClass}`,
      attrs: {
        // The covering dialog is modal; the banner is a named landmark.
        role: covering ? 'dialog' : 'region',
        ...(covering ? { 'aria-modal': 'true' } : {}),
        'aria-labelledby': 'lp-title',
        lang: model.lang,
        'data-tool': model.toolId,
        'data-mode': model.mode,
      },
    },
    children,
  );
  if (model.organisation?.colour) root.style.setProperty('--lp-org-colour', model.organisation.colour);
  return root;
}

/**
 * Inform mode: one calm strip of a fixed height (see `informStripHeight`),
 * with the tool, its status in plain words and four actions. "Warum?" and
 * "Stattdessen" open a panel in place that overlays the page below the
 * strip, so the space the page gives the notice never changes.
 */
function renderStrip(model: BannerModel, actions: BannerActions): HTMLElement {
  const t = bannerText(model.lang);
  const panels: Array<{ button: HTMLButtonElement; panel: HTMLElement }> = [];

  const close = (entry: { button: HTMLButtonElement; panel: HTMLElement }, returnFocus: boolean) => {
    entry.panel.hidden = true;
    entry.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) entry.button.focus();
  };
  const toggle = (entry: { button: HTMLButtonElement; panel: HTMLElement }) => {
    const opening = entry.panel.hidden;
    for (const other of panels) if (other !== entry) close(other, false);
    if (!opening) return close(entry, false);
    entry.panel.hidden = false;
    entry.button.setAttribute('aria-expanded', 'true');
    // Into the panel, so its first link or source is the next Tab; Escape or "Schließen" return.
    entry.panel.focus();
  };
  const panel = (id: string, label: string, action: string, content: Array<Node | false>) => {
    const opener = button(label, action, false, () => toggle(entry), {
      'aria-expanded': 'false',
      'aria-controls': id,
    });
    opener.classList.add('lp-button--expander');
    const closeButton = button(t.closePanel, 'close-panel', false, () => close(entry, true));
    const node = el(
      'div',
      { class: 'lp-panel', attrs: { id, tabindex: '-1', role: 'group', 'aria-label': label } },
      [
        ...content,
        el('div', { class: 'lp-panel-foot' }, [
          el('p', { class: 'lp-stand', text: t.standLine(model.stand, model.catalogueVersion) }),
          closeButton,
        ]),
      ],
    );
    node.hidden = true;
    const entry = { button: opener, panel: node };
    panels.push(entry);
    return entry;
  };

  const why = panel('lp-panel-why', t.whyButton, 'why', [...introParagraphs(model), whySection(model)]);
  const instead = panel('lp-panel-instead', t.insteadButton, 'instead', [
    alternativesSection(model.alternatives, model.lang, 'lp-alt'),
    helpSection(model),
  ]);

  const strip = el('div', { class: 'lp-strip' }, [
    el('span', {
      class: 'lp-mark',
      text: model.level === 'warn' ? '!' : 'i',
      attrs: { 'aria-hidden': 'true' },
    }),
    el('div', { class: 'lp-strip-text' }, [
      el('p', { class: 'lp-eyebrow' }, [
        // A changed verdict is named in the strip itself; what changed opens with "Warum?".
        (model.changes?.length ?? 0) > 0 &&
          el('strong', {
            class: 'lp-changed-badge',
            text: `${bannerText(model.lang).verdictChanged.replace(/:$/, '')} · `,
            attrs: { 'data-changed': '' },
          }),
        eyebrowText(model),
      ]),
      el('h2', { class: 'lp-title', attrs: { id: 'lp-title', tabindex: '-1' } }, [
        el('span', { class: 'lp-tool', text: `${model.partLabel}: ` }),
        el('span', { class: 'lp-status', text: statusLine(model, model.statusText) }),
        // Narrow screens: the short form, so the strip keeps its height (the long one is in "Warum?").
        el('span', { class: 'lp-status-short', text: statusLine(model, t.statusShort[model.status]) }),
      ]),
    ]),
    el('div', { class: 'lp-actions' }, [
      why.button,
      instead.button,
      actions.onDismiss &&
        model.dismissible &&
        button(t.dismiss, 'dismiss', true, () => actions.onDismiss!(), { title: t.dismissHint }),
      button(t.learnMore, 'learn-more', false, () => actions.onLearnMore()),
    ]),
  ]);

  const root = rootSection(model, ' lp--strip', [strip, why.panel, instead.panel]);
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = panels.find((entry) => !entry.panel.hidden);
    if (!open) return;
    event.preventDefault();
    close(open, true);
  });
  return root;
}

/** Builds the notice. The caller places it (shadow root or block page) and wires the actions. */
export function renderBanner(model: BannerModel, actions: BannerActions): HTMLElement {
  // The strip is for the notice on the page; the notice page (with Zurück) shows everything.
  if (model.mode === 'inform' && !actions.onBack) return renderStrip(model, actions);
  const t = bannerText(model.lang);
  const warn = model.level === 'warn';
  const details = [
    whySection(model),
    alternativesSection(model.alternatives, model.lang, 'lp-alt'),
    helpSection(model, !(model.mode === 'reason' && actions.confirmation)),
  ];

  const actionButtons = el('div', { class: 'lp-actions' }, [
    actions.onBack && button(t.back, 'back', true, () => actions.onBack!()),
    actions.onContinue &&
      model.continueAllowed &&
      button(t.continueAnyway, 'continue', false, () => actions.onContinue!()),
    button(t.learnMore, 'learn-more', false, () => actions.onLearnMore()),
    el('p', { class: 'lp-stand', text: t.standLine(model.stand, model.catalogueVersion) }),
  ]);

  const root = rootSection(model, '', [
    el('div', { class: 'lp-head' }, [
      el('p', { class: 'lp-eyebrow', text: eyebrowText(model) }),
      el('h2', { class: 'lp-title', attrs: { id: 'lp-title', tabindex: '-1' } }, [
        el('span', { class: 'lp-tool', text: `${model.partLabel}: ` }),
        el('span', { class: 'lp-status', text: statusLine(model, model.statusText) }),
      ]),
      ...introParagraphs(model),
    ]),
    // Informational pages (a service's public website) keep the detail folded.
    warn
      ? el('div', { class: 'lp-body' }, details)
      : el('details', { class: 'lp-body lp-fold' }, [
          el('summary', { text: `${t.whyHeading} · ${t.alternativesHeading}` }),
          ...details,
        ]),
    confirmation(model, actions),
    actionButtons,
  ]);
  followReason(root, model);
  return root;
}

/** In reason mode the approval request (`.lp-approval`) carries what the user is typing (`#lp-reason`). */
export function followReason(root: ParentNode, model: BannerModel): void {
  const reasonField = root.querySelector<HTMLTextAreaElement>('#lp-reason');
  const approvalSlot = root.querySelector('.lp-approval');
  if (reasonField && approvalSlot) {
    reasonField.addEventListener('input', () => {
      const link = approvalLink(model, reasonField.value.trim());
      if (link) approvalSlot.replaceChildren(link);
    });
  }
}
