/**
 * One violation of a platform rule in an admin artefact. Rules are numbered
 * as in the review of the platforms' rules (R1–R31, see docs/admin.md,
 * "Checked artefact rules").
 */
export interface ArtefactFinding {
  rule: `R${number}`;
  /** error: the platform rejects or misreads it; warning: it works, but not as it looks. */
  severity: 'error' | 'warning';
  message: string;
}

export function finding(rule: `R${number}`, severity: 'error' | 'warning', message: string): ArtefactFinding {
  return { rule, severity, message };
}
