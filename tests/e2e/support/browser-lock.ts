/**
 * One test browser at a time on this machine: managed policy under
 * /etc/chromium/policies/managed/ is machine-wide, and any browser that
 * starts while a test's policy file exists would read it. A directory is
 * the lock (mkdir is atomic); a lock left by a dead process is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeLeftoverManagedPolicy } from './managed-policy';

const LOCK = join(tmpdir(), 'leitplanke-e2e-browser.lock');

function holderAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function acquireBrowserLock(timeoutMs = 600_000): Promise<() => void> {
  const start = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      if (!holderAlive()) {
        // A dead holder may have left its machine-wide policy behind: the next browser would read it.
        removeLeftoverManagedPolicy();
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - start > timeoutMs) throw new Error(`waited ${timeoutMs} ms for ${LOCK}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
