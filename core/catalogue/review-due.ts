/**
 * Whether the bundled legal information is due for review: the catalogue's
 * `reviewBy` date has passed. The notice keeps working; IT is told
 * (diagnostics page, `npm run policy:check`).
 */
import type { CatalogueMeta } from './policy-schema';

/** `today` as YYYY-MM-DD; ISO dates compare as strings. */
export function isReviewDue(meta: Pick<CatalogueMeta, 'reviewBy'>, today: string): boolean {
  return today > meta.reviewBy;
}

/** Today's date (UTC) as YYYY-MM-DD. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The line `npm run policy:check` prints once the review date has passed, else undefined. */
export function reviewDueNotice(
  meta: Pick<CatalogueMeta, 'reviewBy' | 'version'>,
  today: string,
): string | undefined {
  if (!isReviewDue(meta, today)) return undefined;
  return (
    `note: the bundled legal information (catalogue ${meta.version}) has been due for review since ` +
    `${meta.reviewBy}; install a current Leitplanke or have policy/ reviewed. The notices keep working.`
  );
}
