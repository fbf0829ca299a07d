/**
 * What the user decided on a site — dismissed the banner, confirmed the
 * notice, gave a reason — kept on this device only, together with the
 * verdict it was given for. Stored state is parsed item by item on every
 * read: a damaged entry means "no decision", never a crash.
 */
import { z } from 'zod';
import { type VerdictBasis as Basis, basisKey } from './verdict-basis';
import type { ManagedSettings } from '../settings/managed-settings';

export const VerdictBasis = z.object({
  profile: z.string().max(64),
  status: z.string().max(32),
  mode: z.string().max(16),
  statements: z.array(z.string().max(300)).max(50),
}) satisfies z.ZodType<Basis>;

export const DecisionKind = z.enum(['dismissal', 'confirmation']);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const Decision = z.object({
  id: z.string().min(1).max(64),
  kind: DecisionKind,
  host: z.string().max(253),
  toolId: z.string().max(64),
  toolName: z.string().max(200),
  /** When the user decided (ms since epoch). */
  at: z.number().finite(),
  /** Until when the decision holds; absent: until the browser closes (`storage.session`, one tab). */
  until: z.number().finite().optional(),
  /** The tab a decision "until the browser closes" was made in. */
  tabId: z.number().int().optional(),
  basis: VerdictBasis,
  /** Reason mode: what the user typed. Kept as long as the organisation's retention allows. */
  reason: z.string().max(2000).optional(),
});
export type Decision = z.infer<typeof Decision>;

/** The record stays small: older entries drop out. */
export const MAX_DECISIONS = 200;
export const DEFAULT_REASON_RETENTION_DAYS = 90;
const DAY = 86_400_000;

/** How long reasons are kept under these organisation settings (days; 0 = while the confirmation holds). */
export function retentionDays(settings: ManagedSettings): number {
  return settings.reasonRetentionDays ?? DEFAULT_REASON_RETENTION_DAYS;
}

export function parseDecisions(raw: unknown): Decision[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = Decision.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Retention 0: a reason lasts only as long as its confirmation holds. */
export function reasonKeptUntil(decision: Decision, retentionDays: number): number {
  return retentionDays > 0 ? decision.at + retentionDays * DAY : (decision.until ?? decision.at);
}

/** Whether the decision itself still holds (not its reason). */
export function holds(decision: Decision, now: number): boolean {
  return decision.until === undefined || decision.until > now;
}

/** Drops what has run out: decisions that no longer hold and reasons past their retention. */
export function pruneDecisions(list: Decision[], now: number, retentionDays: number): Decision[] {
  return list.flatMap((d) => {
    const reason = d.reason !== undefined && reasonKeptUntil(d, retentionDays) > now ? d.reason : undefined;
    if (!holds(d, now) && reason === undefined) return [];
    const kept = { ...d };
    if (reason === undefined) delete kept.reason;
    return [kept];
  });
}

/** A new decision ends the earlier ones for the same site (and tab); their reasons stay. */
export function addDecision(list: Decision[], decision: Decision): Decision[] {
  const ended = list.map((d) =>
    d.host === decision.host && d.tabId === decision.tabId && holds(d, decision.at)
      ? { ...d, until: decision.at }
      : d,
  );
  return [...ended, decision].slice(-MAX_DECISIONS);
}

/** The latest decision that still holds for this site (session ones: in this tab). */
export function holdingDecision(
  list: Decision[],
  host: string,
  now: number,
  tabId?: number,
): Decision | undefined {
  return list
    .filter((d) => d.host === host && holds(d, now) && (d.tabId === undefined || d.tabId === tabId))
    .sort((a, b) => b.at - a.at)[0];
}

export function sameBasis(a: Basis, b: Basis): boolean {
  return basisKey(a) === basisKey(b);
}
