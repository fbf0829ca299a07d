/**
 * Real machine policy, as an IT department deploys it on Linux: a JSON file
 * in /etc/chromium/policies/managed/ with the extension's settings under
 * `3rdparty.extensions.<id>`. Machine-wide, so the caller holds the browser
 * lock (see browser-lock.ts) and the file is removed in every case.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { CHROMIUM_EXTENSION_ID } from '../../../core/extension-ids';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'leitplanke-e2e-test.json');

/** Removes a test policy file that a test process which died holding the browser lock left behind. */
export function removeLeftoverManagedPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/** Writes the policy file; returns the function that removes it. */
export function writeManagedPolicy(settings: unknown): () => void {
  return writeManagedPolicyFile(
    JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: settings } } }, null, 2),
  );
}

/** Installs a whole policy file as it is (e.g. one the policy editor exported); returns its remover. */
export function writeManagedPolicyFile(content: string): () => void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, content);
  return () => rmSync(POLICY_FILE, { force: true });
}

/**
 * Managed storage answers seconds after browser start: wait until the
 * extension has read it and applied it (its cache equals what the browser
 * delivers), before the test navigates.
 */
export async function waitForManagedPolicy(worker: Worker, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const applied = await worker.evaluate(async () => {
      const managed = await chrome.storage.managed.get();
      const cache = (await chrome.storage.local.get('managedCache')).managedCache;
      return Object.keys(managed).length > 0 && JSON.stringify(managed) === JSON.stringify(cache);
    });
    if (applied) return;
    if (Date.now() - start > timeoutMs)
      throw new Error('the extension did not read the managed policy in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}
