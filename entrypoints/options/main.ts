import '@/components/page.css';
import { renderOptions } from '@/components/options-view';
import { bundledCatalogue } from '@/services/bundled-catalogue';
import { readUserSettings, writeUserSettings } from '@/services/user-settings-store';
import { loadViewConfig } from '@/services/view-config';

renderOptions(document.getElementById('app')!, {
  profiles: bundledCatalogue.profiles,
  user: await readUserSettings(),
  config: await loadViewConfig(),
  save: writeUserSettings,
});
