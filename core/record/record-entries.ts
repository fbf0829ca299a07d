/**
 * "Meine Hinweise und Begründungen": the stored decisions as the user reads
 * them — one entry per dismissal or confirmation, newest first, with how
 * long it holds and how long its reason is kept — and as plain text to copy
 * or export (e.g. into an approval request).
 */
import { type Decision, holds, reasonKeptUntil } from '../notice/user-decisions';
import type { Mode } from '../settings/managed-settings';
import { type Language, uiText } from '../ui-text';

export interface RecordEntry {
  id: string;
  kind: 'dismissal' | 'confirmation' | 'reason';
  host: string;
  toolName: string;
  mode: string;
  at: number;
  /** Until when the decision holds: a time, "session" (until the browser closes), or "ended". */
  holds: number | 'session' | 'ended';
  reason?: string;
  reasonKeptUntil?: number;
}

export function recordEntries(decisions: Decision[], now: number, retentionDays: number): RecordEntry[] {
  return [...decisions]
    .sort((a, b) => b.at - a.at)
    .map((d) => ({
      id: d.id,
      kind: d.reason !== undefined ? 'reason' : d.kind,
      host: d.host,
      toolName: d.toolName,
      mode: d.basis.mode,
      at: d.at,
      holds: d.until === undefined ? 'session' : holds(d, now) ? d.until : 'ended',
      ...(d.reason !== undefined
        ? { reason: d.reason, reasonKeptUntil: reasonKeptUntil(d, retentionDays) }
        : {}),
    }));
}

/** Date and time as the page shows them. */
export function formatTime(ms: number, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(ms));
}

/** The labelled facts of one entry, in the order the page and the export show them. */
export function entryFacts(entry: RecordEntry, lang: Language): Array<[label: string, value: string]> {
  const t = uiText(lang);
  const holdsText =
    entry.holds === 'session'
      ? t.recordHoldsSession
      : entry.holds === 'ended'
        ? t.recordHoldsNoLonger
        : t.recordHoldsUntil(formatTime(entry.holds, lang));
  return [
    [t.recordKind, t.recordKinds[entry.kind]],
    [t.recordDate, formatTime(entry.at, lang)],
    [t.recordSite, entry.host],
    [t.recordTool, entry.toolName],
    [t.recordMode, t.modeNames[entry.mode as Mode] ?? entry.mode],
    [t.recordHolds, holdsText],
    ...(entry.reasonKeptUntil !== undefined
      ? [[t.recordReasonKept, formatTime(entry.reasonKeptUntil, lang)] as [string, string]]
      : []),
  ];
}

function entryBody(entry: RecordEntry, lang: Language): string {
  const t = uiText(lang);
  const facts = entryFacts(entry, lang).map(([label, value]) => `${label}: ${value}`);
  const reason = entry.reason !== undefined ? ['', `${t.recordReason}:`, entry.reason] : [];
  return [...facts, ...reason].join('\n');
}

/** One entry as text, to paste into an approval request. */
export function entryText(entry: RecordEntry, lang: Language): string {
  return `${uiText(lang).recordExportHeading(formatTime(entry.at, lang))}\n\n${entryBody(entry, lang)}\n`;
}

/** Every entry as one text, newest first. */
export function recordText(entries: RecordEntry[], lang: Language, now: number): string {
  const t = uiText(lang);
  const bodies = entries.map((e) => entryBody(e, lang));
  return `${t.recordExportAllHeading(formatTime(now, lang))}\n\n${bodies.join('\n\n---\n\n')}\n`;
}

/** `leitplanke-eintrag-2026-12-01.txt`: a name without the site, so a file list says nothing more. */
export function exportFileName(base: string, ms: number): string {
  return `${base}-${new Date(ms).toISOString().slice(0, 10)}.txt`;
}
