/**
 * Whether a stored decision (dismissal, confirmation) still holds for a host
 * and the verdict shown now: `list` is the raw `decisions` store. The banner
 * script uses it before the background answers, so it checks shapes by hand
 * (no zod) and treats anything damaged as "no decision".
 */
import { basisKey, type VerdictBasis } from './verdict-basis';

export function decisionHolds(list: unknown, host: string, basis: VerdictBasis, now: number): boolean {
  if (!Array.isArray(list)) return false;
  const wanted = basisKey(basis);
  return list.some((raw: unknown) => {
    const d = raw as { host?: unknown; until?: unknown; basis?: VerdictBasis } | null;
    if (d?.host !== host || typeof d.until !== 'number' || d.until <= now) return false;
    try {
      return Array.isArray(d.basis?.statements) && basisKey(d.basis) === wanted;
    } catch {
      return false;
    }
  });
}
