/**
 * `npm run policy:check -- FILE [--id EXTENSION_ID] [--intune]`: validates an
 * admin's Leitplanke settings offline and prints the problems the
 * extension's diagnostics page would show, what Chrome/Edge would discard
 * before the extension sees it, and which platform rules the file breaks
 * (.reg, .ps1, .admx with its ADMLs, .mobileconfig, .plist, policy JSON).
 * Exit code 0: no problems; 1: problems or no settings found; 2: wrong usage
 * or unreadable file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkArtefact } from '../core/admin/check-artefact';
import { artefactKind } from '../core/admin/validate-artefact';
import { checkPolicyFile } from '../core/settings/extract-settings-from-policy-file';
import type { Catalogue } from '../core/catalogue/policy-schema';
import { isoToday, reviewDueNotice } from '../core/catalogue/review-due';

const usage = 'usage: npm run policy:check -- FILE [--id EXTENSION_ID] [--intune]';
const args = process.argv.slice(2);
let file: string | undefined;
let extensionId: string | undefined;
let intune = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--id') extensionId = args[++i];
  else if (arg === '--intune') intune = true;
  else if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else if (file === undefined) file = arg;
  else {
    console.error(`unexpected argument ${arg}\n${usage}`);
    process.exit(2);
  }
}
if (file === undefined || (args.includes('--id') && !extensionId)) {
  console.error(usage);
  process.exit(2);
}

const cataloguePath = resolve(import.meta.dirname, '../generated/catalogue.json');
if (!existsSync(cataloguePath)) {
  console.error('generated/catalogue.json is missing: run `npm run policy:compile` first.');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read (${(error as Error).message})`);
  process.exit(2);
}

const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8')) as Catalogue;
const today = isoToday();

/** The settings in a JSON policy, checked as the extension checks them. */
function settingsReport(path: string, content: string): { lines: string[]; exitCode: 0 | 1 } {
  return checkPolicyFile(content, {
    fileName: path,
    catalogue,
    today,
    ...(extensionId ? { extensionId } : {}),
  });
}

/** An ADMX's ADMLs: same base name, in language folders beside it. */
function admlsBeside(admxPath: string): Record<string, { name: string; text: string }> {
  const dir = dirname(admxPath);
  const name = basename(admxPath).replace(/\.admx$/i, '.adml');
  const admls: Record<string, { name: string; text: string }> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const adml = join(dir, entry.name, name);
    if (entry.isDirectory() && existsSync(adml))
      admls[entry.name] = { name, text: readFileSync(adml, 'utf8') };
  }
  return admls;
}

/** The platform rules for the file (docs/admin.md, "Checked artefact rules"). */
function platformReport(path: string, content: string): { lines: string[]; exitCode: 0 | 1 } {
  const isAdmx = artefactKind(path, content) === 'admx';
  return checkArtefact(
    {
      fileName: path,
      text: content,
      ...(isAdmx ? { admx: { admls: admlsBeside(path), intune: intune || /intune/i.test(path) } } : {}),
      ...(extensionId ? { expectedIds: { chromium: extensionId } } : {}),
    },
    extensionId,
  );
}

const isJson = artefactKind(file, text) === 'policy-json';
const reports = [...(isJson ? [settingsReport(file, text)] : []), platformReport(file, text)];
console.log(reports.flatMap((r) => r.lines).join('\n'));
// A due review is news for IT, not a fault in its settings: the exit code stays.
const reviewNotice = reviewDueNotice(catalogue.meta, today);
if (reviewNotice) console.log(reviewNotice);
process.exit(Math.max(...reports.map((r) => r.exitCode)));
