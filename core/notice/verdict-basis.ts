/**
 * What a decision (dismissal, confirmation) was given for: the tool's status
 * for the active profile, the catalogue statements the notice showed, and the
 * mode. A decision holds only while this stays the same. No imports: the
 * banner script compares it too.
 */
export interface VerdictBasis {
  profile: string;
  status: string;
  mode: string;
  /** One id per statement shown: `source|statedOn|hash of the quote` (see `statementId`). */
  statements: string[];
}

/** The basis of what a notice shows: its status and mode, and the profile and statements it carries. */
export function basisOf(model: {
  status: string;
  mode: string;
  basis: { profile: string; statements: string[] };
}): VerdictBasis {
  return {
    profile: model.basis.profile,
    status: model.status,
    mode: model.mode,
    statements: model.basis.statements,
  };
}

/** One string per basis, equal exactly when the bases are. */
export function basisKey(basis: VerdictBasis): string {
  return JSON.stringify([basis.profile, basis.status, basis.mode, ...[...basis.statements].sort()]);
}

/** FNV-1a: a short, stable tag for a text. */
function tag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A short tag of a basis for the page's own sessionStorage, which the site
 * can read: it tells the site no more than that the notice was dismissed.
 */
export function basisTag(basis: VerdictBasis): string {
  return tag(basisKey(basis));
}

/** A statement's identity, independent of the language it is shown in; a corrected quote makes a new one. */
export function statementId(source: string, statedOn: string, quote: string): string {
  return `${source}|${statedOn}|${tag(quote)}`;
}

/** The source id a statement id starts with. */
export function statementSource(id: string): string {
  return id.split('|')[0] ?? '';
}
