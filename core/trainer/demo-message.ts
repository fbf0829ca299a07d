/**
 * Messages from the popup to the demonstration script it injects into the
 * current tab (`entrypoints/demo.content.ts`). Only the extension can send
 * them, but they are parsed on arrival all the same: the script shares its
 * tab with an untrusted page.
 */
import { z } from 'zod';
import { BannerModel } from '../notice/banner-model';

export const DEMO_MESSAGE = 'leitplanke:demo';

export const DemoMessage = z.discriminatedUnion('action', [
  /** Show this banner as a demonstration (replaces a demonstration already shown). */
  z.object({ type: z.literal(DEMO_MESSAGE), action: z.literal('show'), model: BannerModel }),
  /** Remove the demonstration and every trace of it. */
  z.object({ type: z.literal(DEMO_MESSAGE), action: z.literal('end') }),
  /** Is a demonstration showing? (The popup offers "Demo beenden" then.) */
  z.object({ type: z.literal(DEMO_MESSAGE), action: z.literal('ping') }),
]);
export type DemoMessage = z.infer<typeof DemoMessage>;

export interface DemoAnswer {
  showing: boolean;
  /** Why a "show" was not carried out. */
  refused?: 'disabled' | 'invalid';
}
