/**
 * Every key under which the extension stores something, in one place: the
 * data sheet (core/data-sheet/stored-items.ts) describes each of them, and a
 * unit test fails on any storage access that uses a key not listed here.
 * No imports: the banner script reads some of them and stays small and zod-free.
 */

/** `storage.local`: where the banner script finds, without waking the background, what a page would show. */
export const SNAPSHOT_INDEX_KEY = 'pageSnapshot';
export const snapshotModelKey = (partKey: string): string => `pageSnapshot:${partKey}`;

/** `storage.local`: timed dismissals, confirmations and reasons, with the verdict each was given for. */
export const DECISIONS_KEY = 'decisions';
/** `storage.session`: dismissals until the browser closes, per tab. */
export const SESSION_DISMISSALS_KEY = 'dismissals';

/** `storage.local`: the profile and language the user chose. */
export const USER_SETTINGS_KEY = 'userSettings';
/** `storage.local`: the organisation's settings as last read from managed storage. */
export const MANAGED_CACHE_KEY = 'managedCache';
/** `storage.session`: a signature of the policy whose browser state (rules, scripts, snapshot) is applied. */
export const APPLIED_POLICY_KEY = 'appliedPolicy';

/** `storage.session`: what the browser accepted of the block rules, for the diagnostics page. */
export const BLOCK_ENFORCEMENT_KEY = 'blockEnforcement';
/** `storage.session`: one token per tab that the notice's confirmation frame must present. */
export const NOTICE_TOKENS_KEY = 'noticeTokens';
/** `storage.session`: tabs and sites let through from the notice page ("Trotzdem fortfahren"). */
export const NOTICE_PASSES_KEY = 'noticePasses';

/** The page's own `sessionStorage`: a hint that "Verstanden" was pressed on this site in this tab. */
export const dismissedHintKey = (host: string): string => `leitplanke:dismissed:${host}`;
/** The page's own `sessionStorage`: a hint that the notice was confirmed on this site in this tab. */
export const confirmedHintKey = (host: string): string => `leitplanke:confirmed:${host}`;

/**
 * The page's own `localStorage`: a hint that the last answer for this site was "no notice" (an
 * approved tool, an exception, or a decision that holds in every tab), so a new tab does not
 * reserve the strip only to take it away again (a jump of the page).
 */
export const quietHintKey = (host: string): string => `leitplanke:quiet:${host}`;

/** Keys earlier builds wrote; removed at start-up, so nothing stays behind unlisted. */
export const RETIRED_KEYS = ['dismissedUntil', 'acknowledgedUntil', 'reasons'] as const;
