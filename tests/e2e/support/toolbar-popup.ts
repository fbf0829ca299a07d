/**
 * The real toolbar popup: the service worker opens it with
 * `chrome.action.openPopup()` for the active tab, and the test drives it over
 * the DevTools protocol (Playwright does not list extension popups as pages).
 * So "the current tab" is what it is for a user, not a test parameter.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './extension-browser';

/** The toolbar popup, driven over the DevTools protocol. */
export interface ToolbarPopup {
  /** Evaluates an expression in the popup (awaits promises, returns JSON values). */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls until the expression is truthy. */
  waitFor(expression: string): Promise<void>;
  screenshot(path: string): Promise<void>;
}

/** Opens the real toolbar popup for `page` (made the active tab first). */
export async function openToolbarPopup(b: ExtensionBrowser, page: Page): Promise<ToolbarPopup> {
  await page.bringToFront();
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  await b.worker.evaluate(() => chrome.action.openPopup());
  let targetId: string | undefined;
  for (let i = 0; i < 100 && !targetId; i += 1) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find((t) => t.url === b.extensionUrl('popup.html'))?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 100));
  }
  if (!targetId) throw new Error('the toolbar popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const send = (method: string, params: object) =>
    new Promise<{ result?: unknown; error?: { message: string } }>((resolvePromise, reject) => {
      nextId += 1;
      pending.set(nextId, resolvePromise);
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: nextId, method, params }),
        })
        .catch(reject);
      // The popup may close itself (window.close()) before it answers.
      setTimeout(() => resolvePromise({ error: { message: 'no answer (popup closed?)' } }), 5000);
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const answer = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (answer.error) throw new Error(answer.error.message);
    const result = answer.result as { result: { value?: T }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value as T;
  };
  const popup: ToolbarPopup = {
    evaluate,
    async waitFor(expression) {
      await expect.poll(() => evaluate<boolean>(`Boolean(${expression})`), { timeout: 10_000 }).toBe(true);
    },
    async screenshot(path) {
      const answer = await send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from((answer.result as { data: string }).data, 'base64'));
    },
  };
  await popup.waitFor(`document.querySelector('#open-options')`);
  return popup;
}
