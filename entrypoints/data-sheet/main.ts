import '@/components/page.css';
import { renderDataSheet } from '@/components/data-sheet-view';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

const policy = await loadEffectivePolicy();
renderDataSheet(
  document.getElementById('app')!,
  policy.view.language,
  browser.runtime.getURL('/record.html'),
);
