/**
 * What the user decided on a site — dismissed the banner, confirmed the
 * notice, gave a reason — kept on this device only. Stored state is parsed
 * on every read: a damaged store means "no decision", never a crash.
 */
import { z } from 'zod';

/** host → until when (ms since epoch) the decision holds. */
export const ExpiryMap = z.record(z.string().max(253), z.number().finite());
export type ExpiryMap = z.infer<typeof ExpiryMap>;

export const ReasonEntry = z.object({
  host: z.string().max(253),
  toolId: z.string().max(64),
  reason: z.string().max(2000),
  at: z.number(),
});
export type ReasonEntry = z.infer<typeof ReasonEntry>;

/** Reasons kept locally; older ones drop out so the store stays small. */
export const MAX_REASONS = 200;

export function parseExpiryMap(raw: unknown, now: number): ExpiryMap {
  const parsed = ExpiryMap.safeParse(raw);
  if (!parsed.success) return {};
  // Expired entries are dropped on read, so the store never grows without bound.
  return Object.fromEntries(Object.entries(parsed.data).filter(([, until]) => until > now));
}

export function parseReasons(raw: unknown): ReasonEntry[] {
  const parsed = z.array(ReasonEntry).safeParse(raw);
  return parsed.success ? parsed.data : [];
}

export function appendReason(list: ReasonEntry[], entry: ReasonEntry): ReasonEntry[] {
  return [...list, entry].slice(-MAX_REASONS);
}
