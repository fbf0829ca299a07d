/**
 * ADMX/ADML for Group Policy and Intune (R12–R17): references between the
 * two files, `revision="major.minor"`, every `supportedOn` defined, and —
 * for an Intune import — its limits: 1 MB, en-US ADML only, no comboBox, a
 * versioned namespace, and no keys below Software\Policies\Microsoft (so
 * Edge's 3rdparty policy needs a script or remediation, R16). The GPMC
 * itself cannot run here; these are the checks its import would fail on.
 */
import { type ArtefactFinding, finding } from './artefact-finding';

export interface AdmxSet {
  /** File name of the ADMX, e.g. `leitplanke.admx`. */
  admxName: string;
  admx: string;
  /** language folder (e.g. `en-US`) → { file name, text } */
  admls: Record<string, { name: string; text: string }>;
  /** Check Intune's import limits as well. */
  intune: boolean;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (text: string, name: string) =>
  [...text.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
const baseName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.adm[xl]$/i, '');

/** Intune's ADMX ingestion may not write below these (Intune doc "Import custom ADMX"). */
const INTUNE_FORBIDDEN = /^(System|Software\\Microsoft|Software\\Policies\\Microsoft)\\/i;

export function validateAdmx(set: AdmxSet): ArtefactFinding[] {
  const out: ArtefactFinding[] = [];
  const { admx } = set;
  const root = tags(admx, 'policyDefinitions')[0] ?? '';
  const revision = attr(root, 'revision');
  if (!revision || !/^\d+\.\d+$/.test(revision))
    out.push(
      finding(
        'R13',
        'error',
        `${set.admxName}: revision must be "major.minor" (found ${JSON.stringify(revision)})`,
      ),
    );

  // R14: supportedOn references, own definitions or a declared `using` prefix.
  const prefixes = new Set(tags(admx, 'using').map((t) => attr(t, 'prefix')));
  const target = attr(tags(admx, 'target')[0] ?? '', 'prefix');
  const definitions = new Set(tags(admx, 'definition').map((t) => attr(t, 'name')));
  for (const tag of tags(admx, 'supportedOn')) {
    const ref = attr(tag, 'ref');
    if (!ref) continue;
    const [prefix, name] = ref.includes(':') ? ref.split(':') : [undefined, ref];
    if (prefix ? !prefixes.has(prefix) : !definitions.has(name))
      out.push(
        finding(
          'R14',
          'error',
          `${set.admxName}: supportedOn "${ref}" is defined neither here nor by a <using> namespace`,
        ),
      );
  }
  if (set.intune)
    for (const prefix of prefixes)
      out.push(
        finding(
          'R14',
          'warning',
          `${set.admxName}: <using prefix="${prefix}"> must be imported into Intune first`,
        ),
      );

  // R17: categories of our own namespace are referenced without a prefix.
  const categories = new Set(tags(admx, 'category').map((t) => attr(t, 'name')));
  for (const tag of tags(admx, 'parentCategory')) {
    const ref = attr(tag, 'ref') ?? '';
    const [prefix, name] = ref.includes(':') ? ref.split(':') : [undefined, ref];
    if (prefix && prefix === target)
      out.push(
        finding(
          'R17',
          'error',
          `${set.admxName}: category "${ref}" of this namespace must be referenced without a prefix`,
        ),
      );
    else if (prefix ? !prefixes.has(prefix) : !categories.has(name))
      out.push(finding('R17', 'error', `${set.admxName}: parentCategory "${ref}" is not defined`));
  }
  for (const tag of tags(admx, 'list'))
    if (attr(tag, 'valuePrefix') !== '' && !/\bexplicitValue="true"/.test(tag))
      out.push(
        finding(
          'R17',
          'warning',
          `${set.admxName}: <list id="${attr(tag, 'id')}"> without valuePrefix="" does not write the values 1…n Chrome reads as a list`,
        ),
      );

  // R12: the ADML has the same base name, sits in a language folder and defines every reference.
  const strings = [...admx.matchAll(/\$\(string\.([^)]+)\)/g)].map((m) => m[1]!);
  const presentations = [...admx.matchAll(/\$\(presentation\.([^)]+)\)/g)].map((m) => m[1]!);
  if (Object.keys(set.admls).length === 0) out.push(finding('R12', 'error', `${set.admxName}: no ADML`));
  for (const [lang, adml] of Object.entries(set.admls)) {
    const where = `${lang}/${adml.name}`;
    if (!/^[a-z]{2}-[A-Z]{2}$/.test(lang))
      out.push(finding('R12', 'error', `${where}: an ADML sits in a language folder such as en-US`));
    if (baseName(adml.name) !== baseName(set.admxName))
      out.push(
        finding(
          'R12',
          'error',
          `${where}: the ADML must have the ADMX's base name (${baseName(set.admxName)})`,
        ),
      );
    const admlRevision = attr(tags(adml.text, 'policyDefinitionResources')[0] ?? '', 'revision');
    if (!admlRevision || !/^\d+\.\d+$/.test(admlRevision))
      out.push(finding('R13', 'error', `${where}: revision must be "major.minor"`));
    const defined = new Set(tags(adml.text, 'string').map((t) => attr(t, 'id')));
    for (const id of new Set(strings))
      if (!defined.has(id)) out.push(finding('R12', 'error', `${where}: $(string.${id}) is not defined`));
    const presented = new Map<string, string>();
    for (const m of adml.text.matchAll(/<presentation\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/presentation>/g))
      presented.set(m[1]!, m[2]!);
    for (const id of new Set(presentations)) {
      const body = presented.get(id);
      if (body === undefined) {
        out.push(finding('R12', 'error', `${where}: $(presentation.${id}) is not defined`));
        continue;
      }
      const policy = new RegExp(
        `<policy\\b[^>]*presentation="\\$\\(presentation\\.${id}\\)"[^>]*>([\\s\\S]*?)</policy>`,
      ).exec(admx);
      const elementIds = new Set(
        [...(policy?.[1] ?? '').matchAll(/<\w+\b[^>]*\bid="([^"]*)"/g)].map((m) => m[1]),
      );
      for (const ref of body.matchAll(/\brefId="([^"]*)"/g))
        if (!elementIds.has(ref[1]))
          out.push(
            finding(
              'R12',
              'error',
              `${where}: presentation ${id} refers to "${ref[1]}", which is no element of its policy`,
            ),
          );
    }
    if (set.intune && lang !== 'en-US')
      out.push(
        finding('R15', 'warning', `${where}: Intune imports only an en-US ADML (keep this one for the GPMC)`),
      );
  }

  if (set.intune) {
    if (!set.admls['en-US']) out.push(finding('R15', 'error', `${set.admxName}: Intune needs an en-US ADML`));
    if (new TextEncoder().encode(admx).length > 1024 * 1024)
      out.push(finding('R15', 'error', `${set.admxName}: Intune accepts ADMX files of at most 1 MB`));
    if (/<comboBox\b/.test(admx) || Object.values(set.admls).some((a) => /<comboBox\b/.test(a.text)))
      out.push(finding('R15', 'error', `${set.admxName}: Intune does not support comboBox`));
    const namespace = attr(tags(admx, 'target')[0] ?? '', 'namespace') ?? '';
    if (!/\d/.test(namespace))
      out.push(
        finding(
          'R15',
          'warning',
          `${set.admxName}: namespace "${namespace}" has no version; Intune refuses to re-upload the same namespace`,
        ),
      );
    for (const tag of tags(admx, 'policy')) {
      const key = attr(tag, 'key') ?? '';
      if (INTUNE_FORBIDDEN.test(key))
        out.push(
          finding(
            'R16',
            'error',
            `${set.admxName}: policy ${attr(tag, 'name')} writes ${key}, which Intune's ADMX ingestion cannot write${/Microsoft\\Edge/i.test(key) ? ' (Edge: deliver it by script or remediation)' : ''}`,
          ),
        );
    }
  }
  return out;
}
