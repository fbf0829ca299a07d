/**
 * How a test answers the notice. Kept in one place: where the reason is typed
 * (today the banner's own dialog; later perhaps an extension-origin frame) is
 * then one change here, not in every test.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { banner } from './extension-browser';

/** Reason mode: types the reason and confirms; waits until the page is uncovered. */
export async function giveReason(page: Page, reason: string): Promise<void> {
  const dialog = banner(page);
  await expect.poll(() => dialog.getAttribute('data-mode')).toBe('reason');
  await dialog.locator('#lp-reason').fill(reason);
  await dialog.locator('[data-action="acknowledge"]').click();
  await expect.poll(() => page.locator('leitplanke-banner').count()).toBe(0);
}

/** Acknowledge mode: confirms; waits until the page is uncovered. */
export async function confirmNotice(page: Page): Promise<void> {
  const dialog = banner(page);
  await expect.poll(() => dialog.getAttribute('data-mode')).toBe('acknowledge');
  await dialog.locator('[data-action="acknowledge"]').click();
  await expect.poll(() => page.locator('leitplanke-banner').count()).toBe(0);
}
