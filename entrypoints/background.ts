import { createCatalogueLookup } from '@/core/catalogue-lookup';
import { bundledCatalogue } from '@/services/bundled-catalogue';
import { forgetTab } from '@/services/dismissals';
import { createMessageHandler } from '@/services/message-handler';
import { isUserSettingsChange } from '@/services/user-settings-store';
import { loadViewConfig } from '@/services/view-config';

export default defineBackground(() => {
  const lookup = createCatalogueLookup(bundledCatalogue);
  let config = loadViewConfig();
  browser.storage.onChanged.addListener((changes, area) => {
    if (isUserSettingsChange(changes, area)) config = loadViewConfig();
  });

  const handle = createMessageHandler({ lookup: () => lookup, config: () => config });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
