/**
 * A tool's full catalogue entry for one language: every part with its hosts
 * and every profile's own statement. The catalogue page and the handout
 * render from it, with the same point and source views as the banner.
 */
import type { AlternativeView, PointView } from '../notice/banner-model';
import type { Category, Level, ProfileId, Status, Tool } from './policy-schema';
import { alternativeViews, type CatalogueLookup, pointView } from '../notice/resolve-banner';
import { type Language, uiText } from '../ui-text';

export interface ToolEntry {
  id: string;
  name: string;
  category: Category;
  description: string;
  parts: Array<{ label: string; level: Level; hosts: string[]; paths: string[] }>;
  verdicts: Array<{
    profileId: ProfileId;
    profileName: string;
    status: Status;
    statusText: string;
    summary: string;
    points: PointView[];
    alternatives: AlternativeView[];
  }>;
}

export function toolEntry(lookup: CatalogueLookup, tool: Tool, lang: Language): ToolEntry {
  const { catalogue, sources } = lookup;
  const t = uiText(lang);
  return {
    id: tool.id,
    name: tool.name,
    category: tool.category,
    description: tool.description[lang],
    parts: tool.parts.map((p) => ({
      label: p.label[lang],
      level: p.level,
      hosts: p.hosts,
      paths: p.paths ?? [],
    })),
    // Profiles in the catalogue's order; only those that made a statement.
    verdicts: catalogue.profiles.flatMap((profile) => {
      const verdict = tool.verdicts[profile.id];
      if (!verdict) return [];
      return [
        {
          profileId: profile.id,
          profileName: profile.name[lang],
          status: verdict.status,
          statusText: t.status[verdict.status],
          summary: verdict.summary[lang],
          points: verdict.points.map((p) => pointView(p, sources, lang)),
          alternatives: alternativeViews(verdict, catalogue, lang),
        },
      ];
    }),
  };
}
