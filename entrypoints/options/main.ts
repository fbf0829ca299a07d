import '@/components/page.css';
import { renderOptions } from '@/components/options-view';
import { loadEffectivePolicy } from '@/services/load-effective-policy';
import { readUserSettings, writeUserSettings } from '@/services/user-settings-store';

renderOptions(document.getElementById('app')!, {
  policy: await loadEffectivePolicy(),
  user: await readUserSettings(),
  save: writeUserSettings,
  diagnosticsUrl: browser.runtime.getURL('/diagnostics.html'),
});
