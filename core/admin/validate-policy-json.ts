/**
 * Linux Chrome/Chromium/Edge policy files and Firefox policies.json
 * (R21–R22): Chrome reads only `3rdparty → extensions` (lower case),
 * Firefox only `policies → 3rdparty → Extensions` (capital E) — an easy
 * template bug, since either file looks right.
 */
import { type ArtefactFinding, finding } from './artefact-finding';

const isDict = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function thirdParty(
  where: string,
  container: Record<string, unknown>,
  want: string,
  rule: 'R21' | 'R22',
  out: ArtefactFinding[],
) {
  for (const key of Object.keys(container))
    if (key !== '3rdparty' && key.toLowerCase() === '3rdparty')
      out.push(finding(rule, 'error', `${where}"${key}" must be spelt "3rdparty"`));
  const third = container['3rdparty'];
  if (third === undefined) return;
  if (!isDict(third)) {
    out.push(finding(rule, 'error', `${where}"3rdparty" must be an object`));
    return;
  }
  for (const key of Object.keys(third))
    if (key !== want && key.toLowerCase() === 'extensions')
      out.push(
        finding(
          rule,
          'error',
          `${where}"3rdparty" → "${key}": ${rule === 'R21' ? 'Chrome and Edge read "extensions" (lower case)' : 'Firefox reads "Extensions" (capital E)'}`,
        ),
      );
}

/** A parsed policy JSON file: Firefox when it has `policies`, else Chrome/Chromium/Edge. */
export function validatePolicyJson(json: unknown): ArtefactFinding[] {
  const out: ArtefactFinding[] = [];
  if (!isDict(json)) return [finding('R21', 'error', 'a policy file is a JSON object')];
  if (isDict(json.policies)) thirdParty('policies → ', json.policies, 'Extensions', 'R22', out);
  else {
    if (isDict(json['3rdparty']) && 'Extensions' in json['3rdparty'] && !('policies' in json))
      out.push(finding('R22', 'warning', 'a Firefox policies.json keeps everything under "policies"'));
    thirdParty('', json, 'extensions', 'R21', out);
  }
  return out;
}
