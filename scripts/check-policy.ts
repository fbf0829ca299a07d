/**
 * `npm run policy:check -- FILE [--id EXTENSION_ID]`: validates an admin's
 * Leitplanke settings offline and prints the problems the extension's
 * diagnostics page would show. Exit code 0: no problems; 1: problems or no
 * settings found; 2: wrong usage or unreadable file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPolicyFile } from '../core/settings/extract-settings-from-policy-file';
import type { Catalogue } from '../core/catalogue/policy-schema';
import { isoToday, reviewDueNotice } from '../core/catalogue/review-due';

const usage = 'usage: npm run policy:check -- FILE [--id EXTENSION_ID]';
const args = process.argv.slice(2);
let file: string | undefined;
let extensionId: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--id') extensionId = args[++i];
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
const result = checkPolicyFile(text, {
  fileName: file,
  catalogue,
  today,
  ...(extensionId ? { extensionId } : {}),
});
console.log(result.lines.join('\n'));
// A due review is news for IT, not a fault in its settings: the exit code stays.
const reviewNotice = reviewDueNotice(catalogue.meta, today);
if (reviewNotice) console.log(reviewNotice);
process.exit(result.exitCode);
