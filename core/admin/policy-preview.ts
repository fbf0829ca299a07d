/**
 * What the editor's preview shows: the effective policy the composed
 * settings would give, and the notice staff would meet on a tool under it —
 * resolved exactly like a visit (core/trainer/resolve-demo.ts), shown as the
 * banner, the acknowledge or reason dialog, or the block page.
 */
import type { BannerModel } from '../notice/banner-model';
import { buildEffectivePolicy, type EffectivePolicy } from '../settings/effective-policy';
import type { Mode, SettingProblem } from '../settings/managed-settings';
import { parseManagedSettings } from '../settings/parse-managed-settings';
import { demoBanner, demoChoices, type DemoChoice } from '../trainer/resolve-demo';
import type { Catalogue } from '../catalogue/policy-schema';
import type { Language } from '../ui-text';

export interface DraftCheck {
  policy: EffectivePolicy;
  /** Every problem the extension would report for these settings (diagnostics page, policy:check). */
  problems: SettingProblem[];
}

export interface CheckInput {
  catalogue: Catalogue;
  /** The language the notice is previewed in when the policy does not fix one. */
  browserLanguage: Language;
  /** YYYY-MM-DD */
  today: string;
}

/** Validates the draft exactly as the extension validates managed storage. */
export function checkDraft(draft: unknown, input: CheckInput): DraftCheck {
  const policy = buildEffectivePolicy({
    catalogue: input.catalogue,
    managed: parseManagedSettings(draft),
    user: {},
    browserLanguage: input.browserLanguage,
    today: input.today,
  });
  return { policy, problems: policy.problems };
}

/** `configured`: the mode the policy gives this tool; otherwise that mode, to see each notice. */
export type PreviewView = 'configured' | Mode;

/** Tools the preview can show under this policy (catalogue and extra rules), by name. */
export function previewChoices(policy: EffectivePolicy): DemoChoice[] {
  return demoChoices(policy);
}

export function previewModel(
  policy: EffectivePolicy,
  toolId: string,
  view: PreviewView,
): BannerModel | undefined {
  const model = demoBanner(policy, toolId);
  if (!model) return undefined;
  const mode = view === 'configured' ? model.mode : view;
  return {
    ...model,
    // The preview shows what staff meet, not a trainer's demonstration.
    demo: false,
    mode,
    dismissible: mode === 'inform' && (policy.settings.dismissal?.allowed ?? true),
  };
}

/**
 * The form field a problem belongs to: its own path if the form shows it,
 * else the nearest enclosing one (`extraRules[2].document.url` → the
 * document's url field; an unknown key → the whole form).
 */
export function fieldOfProblem(problemPath: string, shown: ReadonlySet<string>): string | undefined {
  let path = problemPath;
  while (path) {
    if (shown.has(path)) return path;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) return undefined;
    path = path.slice(0, cut);
  }
  return undefined;
}
