/**
 * The "Richtlinien-Diagnose": the effective configuration, where each value
 * comes from, every validation problem, the catalogue's version and when the
 * organisation's policy was last read.
 */
import type { EffectivePolicy, SettingOrigin } from './effective-policy';
import type { BlockEnforcement } from '../matching/block-enforcement';
import { explainPage, type PageExplanation } from '../notice/explain-page';
import { describeValue, ManagedSettings, type ManagedKey, type SettingProblem } from './managed-settings';

export interface DiagnosticsRow {
  setting: ManagedKey;
  value: string;
  origin: SettingOrigin;
}

export interface DiagnosticsReport {
  catalogue: { version: string; stand: string; reviewBy: string; tools: number };
  /** ISO time of the last read of managed storage; undefined before the first. */
  managedReadAt: string | undefined;
  rows: DiagnosticsRow[];
  problems: SettingProblem[];
  organisationRules: string[];
  /** What the browser enforces of block mode; undefined before the first sync. */
  blocking?: BlockEnforcement;
  /** "Why does this page warn?" for the address asked about. */
  explanation?: PageExplanation;
}

export interface DiagnosticsExtras {
  blocking?: BlockEnforcement | undefined;
  /** An address to explain. */
  url?: string | undefined;
}

export function diagnosticsReport(
  policy: EffectivePolicy,
  managedReadAt: number | undefined,
  extras: DiagnosticsExtras = {},
): DiagnosticsReport {
  const { settings, origins, view } = policy;
  const keys = Object.keys(ManagedSettings.shape) as ManagedKey[];
  const rows = keys.map((setting): DiagnosticsRow => {
    if (setting === 'profile') return { setting, value: view.profile, origin: origins.profile };
    if (setting === 'language') return { setting, value: view.language, origin: origins.language };
    const value = settings[setting];
    return value === undefined
      ? { setting, value: '—', origin: 'default' }
      : { setting, value: describeValue(value), origin: 'organisation' };
  });
  const { meta } = policy.lookup.catalogue;
  return {
    catalogue: {
      version: meta.version,
      stand: meta.stand,
      reviewBy: meta.reviewBy,
      tools: policy.lookup.catalogue.tools.length,
    },
    managedReadAt: managedReadAt === undefined ? undefined : new Date(managedReadAt).toISOString(),
    rows,
    problems: policy.problems,
    organisationRules: [...policy.organisationRuleIds],
    ...(extras.blocking ? { blocking: extras.blocking } : {}),
    ...(extras.url ? { explanation: explainPage(policy, extras.url) } : {}),
  };
}
