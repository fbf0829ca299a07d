import '@/components/page.css';
import { renderBlockedPage } from '@/components/blocked-page';
import { el } from '@/components/dom';
import type { BannerModel } from '@/core/notice/banner-model';
import { resolveDemo } from '@/core/trainer/resolve-demo';
import { uiText } from '@/core/ui-text';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

const root = document.getElementById('app')!;
const openDetails = (model: BannerModel | null | undefined) =>
  void browser.runtime.sendMessage({ type: 'open-details', fragment: model?.detailsFragment ?? '#' });
// A trainer's demonstration (from the popup) carries `?demo=<tool id>`; a real block never has a query.
const demoTool = new URLSearchParams(location.search).get('demo');

if (demoTool !== null) {
  // Resolved here, like the popup does: nothing is visited, nothing is recorded.
  const model = resolveDemo(await loadEffectivePolicy(), demoTool);
  const back = () => (history.length > 1 ? history.back() : window.close());
  renderBlockedPage(root, model?.pageUrl ?? '', model ?? null, {
    onBack: back,
    onContinue: back,
    onLearnMore: () => openDetails(model),
  });
  if (model) {
    const t = uiText(model.lang);
    root.prepend(el('p', { class: 'demo-marker', text: t.demoLabel, attrs: { 'data-demo': 'true' } }));
    document.title = `${t.demoLabel} – ${document.title}`;
  }
} else {
  // The blocked address travels in the fragment (see core/matching/block-rules.ts).
  const url = decodeURIComponent(location.hash.slice(1));
  const model = (await browser.runtime.sendMessage({ type: 'resolve-blocked', url })) as BannerModel | null;
  renderBlockedPage(root, url, model, {
    onBack: () => (history.length > 1 ? history.back() : window.close()),
    onContinue: () =>
      void browser.runtime.sendMessage({ type: 'continue', url }).then(() => location.replace(url)),
    onLearnMore: () => openDetails(model),
  });
}
