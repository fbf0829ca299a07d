/**
 * `npm run admin:templates`: writes the admin files rendered by
 * core/admin/admin-templates.ts into the repository (or, for an organisation's
 * own extension ids, into a folder of its own):
 *   npm run admin:templates -- --chromium-id <id> [--firefox-id <id>] --out <dir>
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ADMIN_DOC,
  type AdminTemplateInput,
  generateAdminFiles,
  ORGANISATION_EXAMPLE,
  TEMPLATE_DIR,
} from '../core/admin/admin-templates';

/** Reads the inputs from a checkout. */
export function readAdminTemplateInput(root: string): AdminTemplateInput {
  return {
    example: JSON.parse(readFileSync(resolve(root, ORGANISATION_EXAMPLE), 'utf8')) as Record<string, unknown>,
    adminDoc: readFileSync(resolve(root, ADMIN_DOC), 'utf8'),
  };
}

function main(argv: string[]): void {
  const root = resolve(import.meta.dirname, '..');
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const chromiumId = option('--chromium-id');
  const firefoxId = option('--firefox-id');
  const out = option('--out');
  if ((chromiumId || firefoxId) && !out) {
    console.error(
      'With --chromium-id or --firefox-id, give --out <dir>: the repository keeps the templates for the published ids.',
    );
    process.exit(2);
  }
  if (chromiumId && !/^[a-p]{32}$/.test(chromiumId)) {
    console.error(`--chromium-id: expected 32 letters a–p, found ${chromiumId}`);
    process.exit(2);
  }
  const input = readAdminTemplateInput(root);
  const files = generateAdminFiles({
    ...input,
    ...(out ? { adminDoc: undefined } : {}),
    ...(chromiumId ? { chromiumId } : {}),
    ...(firefoxId ? { firefoxId } : {}),
  });
  const target = out ? resolve(out) : root;
  for (const [path, content] of files) {
    if (out && !path.startsWith(TEMPLATE_DIR) && path !== 'public/managed_schema.json') continue;
    const file = resolve(target, out ? path.replace(`${TEMPLATE_DIR}/`, '') : path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  console.log(`admin templates: ${files.size} files written to ${out ? target : 'the repository'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
