/**
 * The catalogue page's address fragment: which view, which entry, which
 * language and which profile's handout. Deep links stay short and stable:
 * `#tool=whatsapp` (the banner's "Mehr erfahren"), `#sources`, `#handout`,
 * with optional `lang=en` and `profile=hessen`.
 */
import { ProfileId } from '../catalogue/policy-schema';
import { Language } from '../ui-text';

export const CatalogueView = ['tools', 'sources', 'handout'] as const;
export type CatalogueView = (typeof CatalogueView)[number];

export interface CatalogueRoute {
  view: CatalogueView;
  /** The selected entry (tools view). */
  tool?: string;
  /** The page's language when the reader chose one; otherwise the policy's. */
  lang?: Language;
  /** The handout's profile when the reader chose one; otherwise the active profile. */
  profile?: ProfileId;
}

export function parseCatalogueRoute(hash: string): CatalogueRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const tool = params.get('tool') || undefined;
  const view = CatalogueView.find((v) => params.has(v)) ?? 'tools';
  const lang = Language.find((l) => l === params.get('lang'));
  const profile = ProfileId.safeParse(params.get('profile'));
  return {
    view: tool ? 'tools' : view,
    ...(tool ? { tool } : {}),
    ...(lang ? { lang } : {}),
    ...(profile.success ? { profile: profile.data } : {}),
  };
}

/** The fragment for a route (with `#`); the inverse of {@link parseCatalogueRoute}. */
export function catalogueRouteHash(route: CatalogueRoute): string {
  const parts: string[] = [];
  if (route.tool) parts.push(`tool=${encodeURIComponent(route.tool)}`);
  else parts.push(route.view);
  if (route.profile) parts.push(`profile=${route.profile}`);
  if (route.lang) parts.push(`lang=${route.lang}`);
  return `#${parts.join('&')}`;
}
