/**
 * The walkthrough for training sessions: five steps — situation, the notice,
 * why, what instead, where to get help — for one tool of the active policy,
 * shown with the real banner (marked as a demonstration) inside the page, so
 * it works offline and needs no other website.
 */
import type { BannerModel } from '../core/notice/banner-model';
import type { EffectivePolicy } from '../core/settings/effective-policy';
import { demoBanner, demoChoices } from '../core/trainer/resolve-demo';
import { type Language, uiText } from '../core/ui-text';
import {
  parseWalkthroughRoute,
  type WalkthroughRoute,
  walkthroughRouteHash,
  WalkthroughStep,
} from '../core/trainer/walkthrough-route';
import { type BannerActions, alternativesSection, approvalLink, pointItem, renderBanner } from './banner';
import { bannerStyles } from './banner-styles';
import { el, fill, mailLink, phoneLink, externalLink } from './dom';
import { labelledSelect, languageSelect, largeTypeToggle } from './page-controls';

export interface WalkthroughInput {
  policy: EffectivePolicy;
  /** `/catalogue.html` + fragment, as an address. */
  catalogueUrl(fragment: string): string;
  /** Opens a catalogue entry (the banner's "Mehr erfahren"). */
  openCatalogue(fragment: string): void;
}

/** The default example: WhatsApp, which every profile has a statement on, where the policy has it. */
const DEFAULT_TOOL = 'whatsapp';

/** The real banner, inside the page: its own shadow root, without the fixed position of the page overlay. */
function bannerPreview(
  model: BannerModel,
  actions: BannerActions,
  t: ReturnType<typeof uiText>,
): HTMLElement {
  const frame = el('div', { class: `wt-viewport wt-viewport--${model.mode}` });
  const shadow = frame.attachShadow({ mode: 'open' });
  const style = el('style', {
    text: `${bannerStyles.replace(/:host[^{]*\{[^}]*\}/g, '')}\n\n:host { display: block; }\n.lp { max-height: none; }\n.lp-panel { position: static; width: auto; box-shadow: none; border: 0; border-top: 1px solid var(--lp-rule); border-radius: 0; }\n.wt-blocked-heading { font-size: 22px; margin: 0 0 6px; }\n.wt-blocked-address { margin: 0 0 10px; overflow-wrap: anywhere; }`,
  });
  const parts: Node[] = [style];
  if (model.mode === 'block') {
    parts.push(
      el('h1', { class: 'wt-blocked-heading', text: t.blockedHeading }),
      el('p', { class: 'wt-blocked-address' }, [
        `${t.blockedAddress}: `,
        el('code', { text: model.pageUrl }),
      ]),
    );
  }
  parts.push(renderBanner(model, actions));
  shadow.append(...parts);
  return el('figure', { class: 'wt-browser' }, [
    el('p', { class: 'wt-address' }, [el('code', { text: model.pageUrl })]),
    frame,
  ]);
}

function helpContent(
  model: BannerModel,
  input: WalkthroughInput,
  route: WalkthroughRoute,
): Array<Node | false> {
  const t = uiText(model.lang);
  const approval = approvalLink(model, '');
  const langPart = route.lang ? `&lang=${route.lang}` : '';
  return [
    model.contacts.length > 0
      ? el('p', { text: t.walkthroughHelp })
      : el('p', { text: t.walkthroughNoContacts }),
    model.contacts.length > 0 &&
      el(
        'ul',
        { class: 'wt-contacts' },
        model.contacts.map((c) =>
          el('li', {}, [
            el('strong', { text: `${c.role}: ` }),
            c.name ? `${c.name} ` : '',
            c.email ? mailLink(c.email, c.email) : '',
            c.phone ? ' · ' : '',
            c.phone ? phoneLink(c.phone) : '',
            c.url ? ' · ' : '',
            c.url ? externalLink(c.url, c.url) : '',
          ]),
        ),
      ),
    approval !== undefined && el('p', {}, [approval]),
    el('p', {}, [t.walkthroughCatalogue]),
    el('ul', {}, [
      el('li', {}, [
        el('a', {
          text: `${model.toolName} – ${t.learnMore}`,
          attrs: { href: input.catalogueUrl(`${model.detailsFragment}${langPart}`) },
        }),
      ]),
      el('li', {}, [
        el('a', { text: t.catalogueViewHandout, attrs: { href: input.catalogueUrl(`#handout${langPart}`) } }),
      ]),
      el('li', {}, [
        el('a', { text: t.catalogueViewSources, attrs: { href: input.catalogueUrl(`#sources${langPart}`) } }),
      ]),
    ]),
  ];
}

export function renderWalkthrough(root: HTMLElement, input: WalkthroughInput): void {
  const { policy } = input;
  const choices = demoChoices(policy);
  let rendered = false;

  const go = (route: WalkthroughRoute) => {
    location.hash = walkthroughRouteHash(route);
  };

  function render() {
    const route = parseWalkthroughRoute(location.hash);
    const lang: Language = route.lang ?? policy.view.language;
    const t = uiText(lang);
    document.documentElement.lang = lang;
    document.title = t.walkthroughTitle;
    const toolId =
      choices.find((c) => c.id === route.tool)?.id ??
      choices.find((c) => c.id === DEFAULT_TOOL)?.id ??
      choices[0]?.id;
    const model = toolId
      ? demoBanner({ ...policy, view: { ...policy.view, language: lang } }, toolId)
      : undefined;
    const step = WalkthroughStep[route.step - 1]!;
    const at = (n: number): WalkthroughRoute => ({ ...route, step: n, ...(toolId ? { tool: toolId } : {}) });

    const tool = labelledSelect(
      'wt-tool',
      t.walkthroughTool,
      choices.map((c) => ({ value: c.id, text: c.name })),
      toolId ?? '',
      (value) => go({ ...at(route.step), tool: value }),
    );
    const language = languageSelect('wt-language', lang, (next) => go({ ...at(route.step), lang: next }));
    const steps = el(
      'ol',
      {},
      WalkthroughStep.map((s, i) =>
        el('li', {}, [
          el('a', {
            text: t.walkthroughStepNames[s],
            attrs: {
              href: walkthroughRouteHash(at(i + 1)),
              'data-step': s,
              ...(s === step ? { 'aria-current': 'step' } : {}),
            },
          }),
        ]),
      ),
    );

    const content: Array<Node | false> = [];
    if (model) {
      const host = new URL(model.pageUrl).host;
      const tool = policy.lookup.catalogue.tools.find((x) => x.id === model.toolId)!;
      const next = () => go(at(Math.min(route.step + 1, WalkthroughStep.length)));
      const profile = model.profileName;
      switch (step) {
        case 'situation':
          content.push(
            el('p', { class: 'wt-lead', text: t.walkthroughSituation(model.partLabel, host) }),
            el('h3', { text: t.walkthroughAbout }),
            el('p', { text: tool.description[lang] }),
          );
          break;
        case 'banner':
          content.push(
            el('p', {
              class: 'wt-lead',
              text:
                model.mode === 'block'
                  ? t.walkthroughBlocked(profile)
                  : model.mode === 'inform'
                    ? t.walkthroughBanner(profile)
                    : t.walkthroughCovering(profile),
            }),
            bannerPreview(
              model,
              {
                onLearnMore: () => input.openCatalogue(model.detailsFragment),
                onDismiss: next,
                onAcknowledge: next,
                ...(model.mode === 'block' ? { onBack: () => go(at(1)), onContinue: next } : {}),
              },
              t,
            ),
          );
          break;
        case 'why': {
          const points = el(
            'ul',
            { class: 'wt-points' },
            model.points.map((p) => pointItem(p, lang)),
          );
          // The sources are what this step is about: open.
          for (const details of points.querySelectorAll('details')) details.open = true;
          content.push(
            el('p', { class: 'wt-lead', text: `${model.partLabel}: ${model.statusText}` }),
            el('p', { text: model.summary }),
            model.fallbackNotice !== undefined &&
              el('p', { class: 'lp-fallback', text: model.fallbackNotice }),
            el('p', { text: t.walkthroughWhy }),
            points,
          );
          break;
        }
        case 'alternative':
          content.push(
            el('p', { class: 'wt-lead', text: t.walkthroughAlternative }),
            alternativesSection(model.alternatives, lang, 'wt-alt'),
          );
          break;
        case 'help':
          content.push(...helpContent(model, input, route));
          break;
      }
    }

    const prev = el('button', { text: t.back, attrs: { type: 'button', 'data-action': 'prev' } });
    prev.disabled = route.step === 1;
    prev.addEventListener('click', () => go(at(route.step - 1)));
    const last = route.step === WalkthroughStep.length;
    const nextButton = el('button', {
      class: 'primary',
      text: last ? t.walkthroughRestart : t.walkthroughNext,
      attrs: { type: 'button', 'data-action': 'next' },
    });
    nextButton.addEventListener('click', () => go(at(last ? 1 : route.step + 1)));

    fill(root, [
      el('header', { class: 'wt-head' }, [
        el('h1', { text: t.walkthroughTitle }),
        el('p', { text: t.walkthroughIntro }),
        el('div', { class: 'cat-toolbar' }, [tool.field, language.field, largeTypeToggle(lang)]),
      ]),
      el('nav', { class: 'wt-steps', attrs: { 'aria-label': t.walkthroughSteps } }, [steps]),
      el(
        'section',
        {
          class: 'wt-step',
          attrs: {
            'aria-labelledby': 'wt-step-title',
            'data-step': step,
            ...(toolId ? { 'data-tool': toolId } : {}),
          },
        },
        [
          el('p', { class: 'muted', text: t.walkthroughStepOf(route.step, WalkthroughStep.length) }),
          el('h2', { text: t.walkthroughStepNames[step], attrs: { id: 'wt-step-title', tabindex: '-1' } }),
          ...content,
        ],
      ),
      el('div', { class: 'wt-pager' }, [prev, nextButton]),
    ]);
    // After a step change, start reading at the step's heading (not on first load).
    if (rendered) root.querySelector<HTMLElement>('#wt-step-title')?.focus();
    rendered = true;
  }

  window.addEventListener('hashchange', render);
  // A presenter's clicker sends Page Down / Page Up.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    if ((event.target as Element | null)?.closest?.('input, select, textarea')) return;
    const button = root.querySelector<HTMLButtonElement>(
      `[data-action="${event.key === 'PageDown' ? 'next' : 'prev'}"]`,
    );
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  });
  render();
}
