import '@/components/page.css';
import './popup.css';
import { renderPopup } from '@/components/popup-view';
import { createCatalogueLookup } from '@/core/catalogue-lookup';
import { resolveBanner } from '@/core/resolve-banner';
import { bundledCatalogue } from '@/services/bundled-catalogue';
import { loadViewConfig } from '@/services/view-config';

const lookup = createCatalogueLookup(bundledCatalogue);
const config = await loadViewConfig();
// activeTab grants the current tab's address once the user opened the popup.
const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
const url = tab?.url;
renderPopup(document.getElementById('app')!, {
  lookup,
  config,
  url,
  model: url ? resolveBanner(lookup, config, url) : undefined,
  openPage: (path) => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
    window.close();
  },
});
