import { createMessageHandler } from '@/services/message-handler';
import { retentionDays } from '@/core/notice/user-decisions';
import { forgetTab, pruneAtStartup } from '@/services/decision-store';
import { forgetNoticeToken } from '@/services/notice-tokens';
import { notifyTabs } from '@/services/notify-tabs';
import { createPolicyState } from '@/services/policy-state';
import { syncBrowserState } from '@/services/sync-browser-state';
import { injectOnTrailingDotHosts } from '@/services/trailing-dot-injection';
import { isUserSettingsChange } from '@/services/user-settings-store';

export default defineBackground(() => {
  const state = createPolicyState(async ({ policy }) => {
    await syncBrowserState(policy);
    await notifyTabs();
  });
  void state.get().then(async ({ policy }) => {
    // Reasons past the organisation's retention go at once, not only when next read.
    await pruneAtStartup(retentionDays(policy.settings));
    await syncBrowserState(policy);
  });
  // Managed storage may answer only seconds after browser start; the bundled
  // and cached policy warn in the meantime.
  void state.readManaged();

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void state.readManaged();
    else if (isUserSettingsChange(changes, area)) void state.rebuild();
  });

  const handle = createMessageHandler(state.get);
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetNoticeToken(tabId);
  });
  injectOnTrailingDotHosts(state.get);
});
