/**
 * Which platform rules apply to an admin's file, by its kind: the entry
 * point of the artefact validator (`policy:check`, and the unit tests over
 * docs/admin/templates/).
 */
import type { ArtefactFinding } from './artefact-finding';
import { finding } from './artefact-finding';
import { type AdmxSet, validateAdmx } from './validate-admx';
import { validateManagedSchema } from './validate-managed-schema';
import { validateMobileconfig, validateSettingsPlist } from './validate-mobileconfig';
import { validatePolicyJson } from './validate-policy-json';
import { validatePowerShell, validateRegFile } from './validate-registry';

export type ArtefactKind =
  'managed-schema' | 'policy-json' | 'reg' | 'ps1' | 'admx' | 'mobileconfig' | 'plist';

export function artefactKind(fileName: string, text: string): ArtefactKind | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.reg')) return 'reg';
  if (lower.endsWith('.ps1')) return 'ps1';
  if (lower.endsWith('.admx')) return 'admx';
  if (lower.endsWith('.mobileconfig')) return 'mobileconfig';
  if (lower.endsWith('.plist')) return 'plist';
  if (lower.endsWith('managed_schema.json')) return 'managed-schema';
  if (/^\s*[{[]/.test(text.replace(/^\uFEFF/, ''))) return 'policy-json';
  return undefined;
}

export interface ArtefactInput {
  fileName: string;
  text: string;
  /** For an ADMX: its ADMLs and whether it is meant for Intune. */
  admx?: Omit<AdmxSet, 'admx' | 'admxName'>;
  expectedIds?: { chromium?: string; firefox?: string };
}

export function validateArtefact(input: ArtefactInput): ArtefactFinding[] {
  const kind = artefactKind(input.fileName, input.text);
  const text = input.text.replace(/^\uFEFF/, '');
  const parseJson = (): unknown => JSON.parse(text);
  try {
    switch (kind) {
      case 'reg':
        return validateRegFile(text);
      case 'ps1':
        return validatePowerShell(text);
      case 'admx':
        return validateAdmx({
          admxName: input.fileName.replace(/^.*[\\/]/, ''),
          admx: text,
          ...(input.admx ?? { admls: {}, intune: false }),
        });
      case 'mobileconfig':
        return validateMobileconfig(text, input.expectedIds);
      case 'plist':
        return validateSettingsPlist(text);
      case 'managed-schema':
        return validateManagedSchema(parseJson());
      case 'policy-json':
        return validatePolicyJson(parseJson());
      default:
        return [];
    }
  } catch (error) {
    return [finding('R21', 'error', `cannot read ${input.fileName}: ${(error as Error).message}`)];
  }
}
