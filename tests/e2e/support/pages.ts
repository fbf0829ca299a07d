import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A new tab at `url`. */
export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Pages the extension must leave alone: give a content script ample time to (wrongly) appear. */
export async function expectNoBanner(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(400);
  expect(await page.locator('leitplanke-banner').count()).toBe(0);
}
