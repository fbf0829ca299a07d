/**
 * The sources view: every document the active policy rests on, and for each
 * which tools and points cite it — the reverse of the banner's "Quelle".
 */
import type { SourceView } from '../notice/banner-model';
import type { Source } from './policy-schema';
import type { CatalogueLookup } from '../notice/resolve-banner';
import { sourceView } from '../notice/resolve-banner';
import type { Language } from '../ui-text';

export interface SourceCitation {
  toolId: string;
  toolName: string;
  profileName: string;
  /** The point in plain words, or the later event's text. */
  text: string;
}

export interface SourceUsage {
  id: string;
  source: SourceView;
  /** Rationale points that cite the document. */
  points: SourceCitation[];
  /** Later events (e.g. a judgment) that cite it, shown with older points. */
  laterEvents: SourceCitation[];
}

/**
 * Every source of the active policy in the registry's order (organisation
 * sources last), with what cites it. Sources nothing cites any more (e.g.
 * after an organisation excluded a tool) are listed with empty citations.
 */
export function sourceUsage(lookup: CatalogueLookup, lang: Language): SourceUsage[] {
  const { catalogue } = lookup;
  const byId = new Map<string, SourceUsage>(
    catalogue.sources.map((s: Source) => [
      s.id,
      { id: s.id, source: sourceView(s, lang), points: [], laterEvents: [] },
    ]),
  );
  for (const tool of catalogue.tools) {
    for (const profile of catalogue.profiles) {
      const verdict = tool.verdicts[profile.id];
      if (!verdict) continue;
      const cite = (text: string) => ({
        toolId: tool.id,
        toolName: tool.name,
        profileName: profile.name[lang],
        text,
      });
      for (const point of verdict.points) {
        byId.get(point.source)?.points.push(cite(point.text[lang]));
        for (const event of point.laterEvents)
          byId.get(event.source)?.laterEvents.push(cite(event.text[lang]));
      }
    }
  }
  return [...byId.values()];
}
