/**
 * Renders assets/icon.svg to the PNG sizes browsers want for the toolbar and
 * the extensions page (public/icon/<size>.png, picked up by WXT). Run after
 * changing the SVG: `npx tsx scripts/render-icons.ts`. Uses Debian's
 * Chromium, as the tests do.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const outDir = resolve(root, 'public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: resolve(outDir, `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
