import '@/components/page.css';
import './catalogue.css';
import { renderCataloguePage } from '@/components/catalogue-page';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

const policy = await loadEffectivePolicy();
renderCataloguePage(document.getElementById('app')!, policy.lookup, policy.view);
