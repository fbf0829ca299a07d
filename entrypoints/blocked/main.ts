import '@/components/page.css';
import { renderBlockedPage } from '@/components/blocked-page';
import type { BannerModel } from '@/core/banner-model';

// The blocked address travels in the fragment (see core/block-rules.ts).
const url = decodeURIComponent(location.hash.slice(1));
const model = (await browser.runtime.sendMessage({ type: 'resolve-blocked', url })) as BannerModel | null;
renderBlockedPage(document.getElementById('app')!, url, model, {
  onBack: () => (history.length > 1 ? history.back() : window.close()),
  onContinue: async () => {
    await browser.runtime.sendMessage({ type: 'continue', url });
    location.replace(url);
  },
  onLearnMore: () => void browser.runtime.sendMessage({ type: 'open-details', fragment: model?.detailsFragment ?? '#' }),
});
