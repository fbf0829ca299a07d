/**
 * The platform-rule part of `npm run policy:check -- FILE`: what the
 * browser would discard of the settings (Chrome/Edge), and which rules of
 * its platform the file breaks (.reg, .ps1, .admx, .mobileconfig, .plist,
 * policy JSON, managed_schema.json).
 */
import { chromeManagedSchema } from './admin-templates';
import type { ArtefactFinding } from './artefact-finding';
import { artefactKind, type ArtefactInput, validateArtefact } from './validate-artefact';
import { chromeNormalise, describeDiscard } from './validate-chrome-values';
import { extractSettingsFromPolicyFile } from '../settings/extract-settings-from-policy-file';
import { formatPath } from '../settings/format-path';

export interface ArtefactCheck {
  /** 0: nothing the platform rejects; 1: errors. */
  exitCode: 0 | 1;
  lines: string[];
}

/** Lines for what Chrome and Edge would do to a JSON policy's settings before the extension sees them. */
export function chromeDiscardLines(text: string, extensionId?: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return [];
  }
  const extracted = extractSettingsFromPolicyFile(json, extensionId ? { extensionId } : {});
  // Firefox does not check managed values at all (R23); only Leitplanke's own check applies there.
  if (!extracted.ok || extracted.shape === 'firefox') return [];
  const raw = extracted.raw;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const { discarded, removed } = chromeNormalise(chromeManagedSchema(), raw as Record<string, unknown>);
  const lines: string[] = [];
  if (discarded.length > 0) {
    lines.push(`Chrome and Edge discard ${discarded.length} whole setting(s) before Leitplanke sees them:`);
    for (const d of discarded)
      lines.push(`  ${describeDiscard(d)} (at ${formatPath(d.path)}, found ${d.found})`);
  }
  if (removed.length > 0)
    lines.push(`Chrome and Edge remove unknown field(s) silently: ${removed.join(', ')}.`);
  return lines;
}

function findingLines(findings: ArtefactFinding[]): string[] {
  return findings.map((f) => `  ${f.rule} ${f.severity}: ${f.message}`);
}

/** The platform rules for this file; `input.admx` carries an ADMX's ADMLs. */
export function checkArtefact(input: ArtefactInput, extensionId?: string): ArtefactCheck {
  const kind = artefactKind(input.fileName, input.text);
  const findings = validateArtefact(input);
  const lines: string[] = [];
  const discards = kind === 'policy-json' ? chromeDiscardLines(input.text, extensionId) : [];
  lines.push(...discards);
  if (findings.length > 0) {
    lines.push(`${findings.length} platform rule finding(s) (see docs/admin.md, "Checked artefact rules"):`);
    lines.push(...findingLines(findings));
  } else if (kind) lines.push(`Platform rules (${kind}): passed.`);
  const failed =
    discards.some((l) => l.startsWith('Chrome and Edge discard')) ||
    findings.some((f) => f.severity === 'error');
  return { exitCode: failed ? 1 : 0, lines };
}
