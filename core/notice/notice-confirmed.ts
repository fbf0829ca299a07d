/**
 * Background → the tab's banner script: the user confirmed the notice in the
 * extension's own frame, and it is recorded. (No imports: content scripts stay small.)
 */
export const NOTICE_CONFIRMED = 'leitplanke:notice-confirmed';
