/**
 * What changed between the verdict a decision was given for and the one in
 * force now, in plain words for the notice ("Die Bewertung hat sich
 * geändert: …").
 */
import type { CatalogueLookup } from './resolve-banner';
import type { Status } from '../catalogue/policy-schema';
import type { Mode } from '../settings/managed-settings';
import { formatDate, type Language, uiText } from '../ui-text';
import { statementSource, type VerdictBasis } from './verdict-basis';

export type VerdictChange =
  | { kind: 'status'; from: string; to: string }
  | { kind: 'profile'; from: string; to: string }
  | { kind: 'mode'; from: string; to: string }
  | { kind: 'statement-added'; id: string }
  | { kind: 'statement-removed'; id: string };

export function verdictChanges(before: VerdictBasis, now: VerdictBasis): VerdictChange[] {
  const changes: VerdictChange[] = [];
  if (before.profile !== now.profile)
    changes.push({ kind: 'profile', from: before.profile, to: now.profile });
  if (before.status !== now.status) changes.push({ kind: 'status', from: before.status, to: now.status });
  if (before.mode !== now.mode) changes.push({ kind: 'mode', from: before.mode, to: now.mode });
  const old = new Set(before.statements);
  const current = new Set(now.statements);
  for (const id of now.statements) if (!old.has(id)) changes.push({ kind: 'statement-added', id });
  for (const id of before.statements) if (!current.has(id)) changes.push({ kind: 'statement-removed', id });
  return changes;
}

/** One line per change, in the notice's language; names come from the catalogue in force. */
export function describeChanges(changes: VerdictChange[], lookup: CatalogueLookup, lang: Language): string[] {
  const t = uiText(lang);
  const profileName = (id: string) => lookup.catalogue.profiles.find((p) => p.id === id)?.name[lang] ?? id;
  const statusName = (s: string) => t.status[s as Status] ?? s;
  const modeName = (m: string) => t.modeNames[m as Mode] ?? m;
  const lines = changes.flatMap((change): string[] => {
    switch (change.kind) {
      case 'profile':
        return [t.changedProfile(profileName(change.from), profileName(change.to))];
      case 'status':
        return [t.changedStatus(statusName(change.from), statusName(change.to))];
      case 'mode':
        return [t.changedMode(modeName(change.from), modeName(change.to))];
      case 'statement-added': {
        const source = lookup.sources.get(statementSource(change.id));
        // A statement without its own date speaks as of its source's.
        const date = change.id.split('|')[1] || source?.date;
        return [
          source
            ? t.changedStatementAdded(source.issuer[lang], date ? formatDate(date, lang) : '')
            : t.changedStatements,
        ];
      }
      case 'statement-removed':
        return [t.changedStatementRemoved];
    }
  });
  // Several removed statements say the same: once is enough.
  return [...new Set(lines)];
}
