/**
 * How a test answers the notice. Kept in one place: the reason is typed, and
 * the notice confirmed, in its confirmation frame (an extension page inside
 * the notice's closed shadow root), by real keyboard and mouse input.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmationFrame, notice } from './extension-browser';

/** Reason mode: types the reason and confirms; waits until the page is uncovered. */
export async function giveReason(page: Page, reason: string): Promise<void> {
  const dialog = (await notice(page)).root;
  await expect.poll(() => dialog.getAttribute('data-mode')).toBe('reason');
  const frame = await confirmationFrame(page);
  await frame.locator('#lp-reason').click();
  await page.keyboard.type(reason);
  expect(await frame.locator('#lp-reason').inputValue()).toBe(reason);
  await frame.locator('[data-action="acknowledge"]').click();
  await expect.poll(() => page.locator('leitplanke-banner').count()).toBe(0);
}

/** Acknowledge mode: confirms; waits until the page is uncovered. */
export async function confirmNotice(page: Page): Promise<void> {
  const dialog = (await notice(page)).root;
  await expect.poll(() => dialog.getAttribute('data-mode')).toBe('acknowledge');
  await (await confirmationFrame(page)).locator('[data-action="acknowledge"]').click();
  await expect.poll(() => page.locator('leitplanke-banner').count()).toBe(0);
}
