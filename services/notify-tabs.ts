import { POLICY_CHANGED } from '../core/policy-changed';

/** Tells every open banner script that the policy changed; tabs without one just do not answer. */
export async function notifyTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type: POLICY_CHANGED }).catch(() => undefined),
    ),
  );
}
