import '@/components/page.css';
import './popup.css';
import { renderPopup } from '@/components/popup-view';
import { resolvePage } from '@/core/resolve-page';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

const policy = await loadEffectivePolicy();
// activeTab grants the current tab's address once the user opened the popup.
const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
const url = tab?.url;
renderPopup(document.getElementById('app')!, {
  lookup: policy.lookup,
  config: policy.view,
  url,
  model: url ? resolvePage(policy, url) : undefined,
  openPage: (path) => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
    window.close();
  },
});
