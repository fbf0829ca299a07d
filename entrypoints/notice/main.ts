import '@/components/page.css';
import { renderNoticePage } from '@/components/notice-page';
import type { BannerModel } from '@/core/notice/banner-model';

// The banner script sends the tab here when the page will not keep the notice; the address travels in the fragment.
const url = decodeURIComponent(location.hash.slice(1));
const model = (await browser.runtime.sendMessage({ type: 'resolve-notice', url })) as BannerModel | null;
const goOn = () => location.replace(url);
renderNoticePage(document.getElementById('app')!, url, model, {
  // The page that removed the notice was replaced by this one: back is the page before it.
  onBack: () => (history.length > 1 ? history.back() : window.close()),
  onLearnMore: () =>
    void browser.runtime.sendMessage({ type: 'open-details', fragment: model?.detailsFragment ?? '#' }),
  onContinue: () => void browser.runtime.sendMessage({ type: 'pass', url }).then(goOn),
  onAcknowledge: (reason) =>
    void browser.runtime.sendMessage({ type: 'acknowledge', url, ...(reason ? { reason } : {}) }).then(goOn),
});
