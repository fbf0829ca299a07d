import { it, expect } from 'vitest';
import { launchWithExtension } from './support/extension-browser';
import { startTestSite } from './support/tls-server';
it('opens popup', async () => {
  const site = await startTestSite();
  const b = await launchWithExtension(site.port);
  try {
    const page = await b.context.newPage();
    await page.goto('https://web.whatsapp.com/');
    await page.bringToFront();
    await b.worker.evaluate(() => chrome.action.openPopup());
    const cdp = await b.context.browser()!.newBrowserCDPSession();
    let target;
    for (let i = 0; i < 50 && !target; i++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      target = targetInfos.find((t) => t.url.endsWith('/popup.html'));
      if (!target) await new Promise((r) => setTimeout(r, 100));
    }
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target!.targetId, flatten: false });
    let id = 0;
    const pending = new Map<number, (v: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const msg = JSON.parse(e.message);
      pending.get(msg.id)?.(msg);
    });
    const evaluate = (expression: string) => new Promise((resolve) => {
      id += 1; pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }) });
    });
    await new Promise((r) => setTimeout(r, 500));
    console.log(JSON.stringify(await evaluate('document.body.innerText')));
    expect(1).toBe(1);
  } finally { await b.close(); await site.close(); }
}, 60000);
