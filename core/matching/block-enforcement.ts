/**
 * What the browser actually accepted of the block plan, kept in session
 * storage for the diagnostics page: how many rules are in force and which
 * tools a browser limit (or a refused rule) left unblocked.
 */
import { z } from 'zod';

export const BlockEnforcement = z.object({
  /** Redirect rules in force. */
  rules: z.number().int().min(0),
  /** Hosts those rules cover. */
  hosts: z.number().int().min(0),
  notEnforced: z.array(z.object({ toolIds: z.array(z.string()), reason: z.string() })),
});
export type BlockEnforcement = z.infer<typeof BlockEnforcement>;
