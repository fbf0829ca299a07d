import '@/components/page.css';
import './catalogue.css';
import { renderCataloguePage } from '@/components/catalogue-page';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

renderCataloguePage(document.getElementById('app')!, {
  policy: await loadEffectivePolicy(),
  walkthroughUrl: browser.runtime.getURL('/walkthrough.html'),
  print: () => window.print(),
});
