import '@/components/page.css';
import './popup.css';
import { type PopupDemo, renderPopup } from '@/components/popup-view';
import { DEMO_MESSAGE, type DemoAnswer, type DemoMessage } from '@/core/trainer/demo-message';
import { resolvePage } from '@/core/notice/resolve-page';
import { explainPage } from '@/core/notice/explain-page';
import { demoAllowed, demoChoices, resolveDemo } from '@/core/trainer/resolve-demo';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

const policy = await loadEffectivePolicy();
// activeTab grants the current tab's address once the user opened the popup.
const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
const url = tab?.url;
const tabId = tab?.id;

/** A message to the demonstration script in the current tab; `undefined` when none runs there. */
async function toDemo(message: DemoMessage): Promise<DemoAnswer | undefined> {
  if (tabId === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as DemoAnswer | undefined;
  } catch {
    return undefined;
  }
}

async function demoControls(): Promise<PopupDemo | undefined> {
  if (!demoAllowed(policy)) return undefined;
  // Only web pages can carry a demonstration; browser and extension pages cannot be scripted.
  const available = tabId !== undefined && url !== undefined && /^https?:/.test(url);
  return {
    choices: demoChoices(policy),
    available,
    showing: available && (await toDemo({ type: DEMO_MESSAGE, action: 'ping' }))?.showing === true,
    async start(toolId) {
      const model = resolveDemo(policy, toolId);
      if (!model || tabId === undefined) return { showing: false, refused: 'disabled' };
      if (model.mode === 'block') {
        // Where the organisation blocks the tool, the page would never load: show the block page instead, in this tab.
        await browser.tabs.update(tabId, {
          url: browser.runtime.getURL(`/blocked.html?demo=${encodeURIComponent(toolId)}` as '/blocked.html'),
        });
        window.close();
        return { showing: true };
      }
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/demo.js'] });
      const answer = (await toDemo({ type: DEMO_MESSAGE, action: 'show', model })) ?? { showing: false };
      if (answer.showing) window.close();
      return answer;
    },
    async end() {
      await toDemo({ type: DEMO_MESSAGE, action: 'end' });
      window.close();
    },
  };
}

const demo = await demoControls();
renderPopup(document.getElementById('app')!, {
  lookup: policy.lookup,
  config: policy.view,
  url,
  model: url ? resolvePage(policy, url) : undefined,
  ...(url ? { explanation: explainPage(policy, url) } : {}),
  ...(demo ? { demo } : {}),
  openPage: (path) => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
    window.close();
  },
});
