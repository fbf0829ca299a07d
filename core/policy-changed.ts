/** Background → content scripts: the policy changed, ask again. (No imports: content scripts stay small.) */
export const POLICY_CHANGED = 'leitplanke:policy-changed';
