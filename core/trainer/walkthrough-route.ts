/**
 * The walkthrough's address fragment: `#step=2&tool=whatsapp&lang=en`, so a
 * trainer can bookmark a step and the browser's back button steps back.
 */
import { Language } from '../ui-text';

export const WalkthroughStep = ['situation', 'banner', 'why', 'alternative', 'help'] as const;
export type WalkthroughStep = (typeof WalkthroughStep)[number];

export interface WalkthroughRoute {
  /** 1 … {@link WalkthroughStep}.length */
  step: number;
  tool?: string;
  lang?: Language;
}

export function parseWalkthroughRoute(hash: string): WalkthroughRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const step = Number.parseInt(params.get('step') ?? '1', 10);
  const tool = params.get('tool') || undefined;
  const lang = Language.find((l) => l === params.get('lang'));
  return {
    step: Number.isInteger(step) ? Math.min(Math.max(step, 1), WalkthroughStep.length) : 1,
    ...(tool ? { tool } : {}),
    ...(lang ? { lang } : {}),
  };
}

export function walkthroughRouteHash(route: WalkthroughRoute): string {
  const parts = [`step=${route.step}`];
  if (route.tool) parts.push(`tool=${encodeURIComponent(route.tool)}`);
  if (route.lang) parts.push(`lang=${route.lang}`);
  return `#${parts.join('&')}`;
}
