import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Screenshots and other evidence the suite leaves for people to look at (not in git). */
export function artifactPath(name: string): string {
  const dir = resolve(import.meta.dirname, '../../../artifacts');
  mkdirSync(dir, { recursive: true });
  return resolve(dir, name);
}
