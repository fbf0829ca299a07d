/**
 * The toolbar popup: is the current site in the catalogue, what holds for the
 * active profile, and which profile that is. For trainers, where the
 * organisation allows it: show the real banner on the current tab as a
 * demonstration, and the walkthrough.
 */
import type { BannerModel } from '../core/notice/banner-model';
import type { DemoAnswer } from '../core/trainer/demo-message';
import { normaliseUrl } from '../core/matching/normalise-url';
import type { CatalogueLookup, ViewConfig } from '../core/notice/resolve-banner';
import type { DemoChoice } from '../core/trainer/resolve-demo';
import { formatDate, uiText } from '../core/ui-text';
import type { PageExplanation } from '../core/notice/explain-page';
import { explainText } from '../core/notice/explain-text';
import { el, fill } from './dom';
import { explanationView } from './explain-view';

export interface PopupDemo {
  /** The tools a trainer can demonstrate (empty: nothing to show). */
  choices: DemoChoice[];
  /** Whether the current tab is a web page the demonstration can run on. */
  available: boolean;
  /** A demonstration is showing on the current tab. */
  showing: boolean;
  start(toolId: string): Promise<DemoAnswer>;
  end(): Promise<void>;
}

export interface PopupInput {
  lookup: CatalogueLookup;
  config: ViewConfig;
  url: string | undefined;
  model: BannerModel | undefined;
  /** "Why does this page warn?" for the current tab, in the details. */
  explanation?: PageExplanation;
  /** Absent when the organisation switched demonstrations off (`demoMode: false`). */
  demo?: PopupDemo;
  openPage(path: `/catalogue.html${string}` | '/options.html' | '/walkthrough.html' | '/record.html'): void;
}

/** The example a workshop starts with, where the policy has it. */
const DEFAULT_DEMO_TOOL = 'whatsapp';

function demoSection(demo: PopupDemo, input: PopupInput): HTMLElement {
  const t = uiText(input.config.language);
  const status = el('p', { class: 'popup-demo-status', attrs: { role: 'status', id: 'demo-status' } });
  const walkthrough = el('button', {
    text: t.walkthroughOpen,
    attrs: { type: 'button', id: 'open-walkthrough' },
  });
  walkthrough.addEventListener('click', () => input.openPage('/walkthrough.html'));

  let controls: Array<HTMLElement | false> = [];
  if (!demo.available || demo.choices.length === 0) {
    controls = [el('p', { class: 'muted', text: t.demoUnavailable, attrs: { id: 'demo-unavailable' } })];
  } else {
    const initial = demo.choices.find((c) => c.id === DEFAULT_DEMO_TOOL) ?? demo.choices[0]!;
    const select = el(
      'select',
      { attrs: { id: 'demo-tool', name: 'demo-tool', 'aria-describedby': 'demo-hint' } },
      demo.choices.map((c) => {
        const option = el('option', { text: c.name, attrs: { value: c.id, 'data-mode': c.mode } });
        option.selected = c.id === initial.id;
        return option;
      }),
    );
    const hint = el('p', { class: 'muted', attrs: { id: 'demo-hint' } });
    const showHint = () => {
      const choice = demo.choices.find((c) => c.id === select.value);
      hint.textContent = choice?.mode === 'block' ? t.demoBlockHint : '';
    };
    select.addEventListener('change', showHint);
    showHint();
    const start = el('button', {
      class: 'primary',
      text: t.demoStart,
      attrs: { type: 'button', id: 'demo-start' },
    });
    start.addEventListener('click', async () => {
      start.disabled = true;
      status.textContent = '';
      const answer = await demo.start(select.value).catch((): DemoAnswer => ({ showing: false }));
      start.disabled = false;
      if (!answer.showing) status.textContent = answer.refused === 'disabled' ? t.demoRefused : t.demoFailed;
    });
    const end = el('button', { text: t.demoEnd, attrs: { type: 'button', id: 'demo-end' } });
    end.addEventListener('click', () => void demo.end());
    controls = [
      el('p', { class: 'muted', text: t.demoIntro }),
      el('p', { class: 'popup-field' }, [
        el('label', { text: t.demoTool, attrs: { for: 'demo-tool' } }),
        select,
      ]),
      hint,
      el('div', { class: 'popup-actions' }, [start, demo.showing && end]),
    ];
  }
  return el(
    'section',
    {
      class: 'popup-demo',
      attrs: { 'aria-labelledby': 'demo-heading', 'data-demo': demo.showing ? 'showing' : 'ready' },
    },
    [
      el('h2', { text: t.demoHeading, attrs: { id: 'demo-heading' } }),
      ...controls,
      status,
      el('div', { class: 'popup-actions' }, [walkthrough]),
    ],
  );
}

export function renderPopup(root: HTMLElement, input: PopupInput): void {
  const { lookup, config, model } = input;
  const lang = config.language;
  const t = uiText(lang);
  document.documentElement.lang = lang;
  const host = input.url ? normaliseUrl(input.url)?.hostname : undefined;
  const profile = lookup.catalogue.profiles.find((p) => p.id === config.profile);
  const { meta } = lookup.catalogue;

  const verdict = model
    ? el('section', { attrs: { 'data-state': 'concerned', 'data-tool': model.toolId } }, [
        el('p', { text: t.popupConcerned }),
        el('p', {}, [
          el('strong', { text: `${model.partLabel}: ` }),
          el('span', { class: `status status--${model.status}`, text: model.statusText }),
        ]),
        el('p', { text: model.summary }),
        model.fallbackNotice !== undefined && el('p', { class: 'muted', text: model.fallbackNotice }),
      ])
    : el('section', { attrs: { 'data-state': host ? 'not-concerned' : 'no-page' } }, [
        el('p', { text: host ? t.popupNotConcerned : t.popupNoPage }),
      ]);

  const catalogueButton = el('button', {
    class: 'primary',
    text: model ? t.learnMore : t.popupOpenCatalogue,
    attrs: { type: 'button', id: 'open-catalogue' },
  });
  catalogueButton.addEventListener('click', () =>
    input.openPage(`/catalogue.html${model ? model.detailsFragment : ''}`),
  );
  const optionsButton = el('button', {
    text: t.popupOpenOptions,
    attrs: { type: 'button', id: 'open-options' },
  });
  optionsButton.addEventListener('click', () => input.openPage('/options.html'));
  // Issue 12: what this device keeps about the user's decisions.
  const recordButton = el('button', { text: t.recordOpen, attrs: { type: 'button', id: 'open-record' } });
  recordButton.addEventListener('click', () => input.openPage('/record.html'));

  fill(root, [
    el('h1', { text: t.productName }),
    el('p', { class: 'popup-site', text: host ?? '' }),
    verdict,
    el('p', { class: 'muted', attrs: { 'data-profile': config.profile } }, [
      `${t.popupActiveProfile}: `,
      el('strong', { text: profile?.name[lang] ?? config.profile }),
    ]),
    el('p', { class: 'muted', text: t.standLine(formatDate(meta.stand, lang), meta.version) }),
    el('div', { class: 'popup-actions' }, [catalogueButton, optionsButton, recordButton]),
    input.explanation !== undefined &&
      input.explanation.outcome !== 'no-rule' &&
      el('details', { attrs: { id: 'why' } }, [
        el('summary', { text: explainText(lang).whyHeading }),
        explanationView(input.explanation, lang),
      ]),
    input.demo !== undefined && demoSection(input.demo, input),
  ]);
}
