import '@/components/page.css';
import '../catalogue/catalogue.css';
import './walkthrough.css';
import { renderWalkthrough } from '@/components/walkthrough-view';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

const catalogueUrl = (fragment: string) =>
  browser.runtime.getURL(`/catalogue.html${fragment}` as '/catalogue.html');
renderWalkthrough(document.getElementById('app')!, {
  policy: await loadEffectivePolicy(),
  catalogueUrl,
  openCatalogue: (fragment) => void browser.tabs.create({ url: catalogueUrl(fragment) }),
});
