/**
 * Messages from content scripts and extension pages to the background. Every
 * message is parsed on arrival: a content script runs next to untrusted pages.
 */
import { z } from 'zod';

const Url = z.string().max(8192);

export const Message = z.discriminatedUnion('type', [
  /** Content script: what should this page show? Answer: `BannerModel | null`. */
  z.object({ type: z.literal('resolve'), url: Url }),
  /** Content script: the user pressed "Verstanden". */
  z.object({ type: z.literal('dismiss'), url: Url }),
  /** Content script: the user confirmed the notice (acknowledge/reason mode). */
  z.object({ type: z.literal('acknowledge'), url: Url, reason: z.string().trim().max(2000).optional() }),
  /** Content script: open the catalogue entry behind "Mehr erfahren". */
  z.object({ type: z.literal('open-details'), fragment: z.string().regex(/^#[\w=&%.-]*$/) }),
  /** Block page: what was blocked here? Answer: `BannerModel | null`. */
  z.object({ type: z.literal('resolve-blocked'), url: Url }),
  /** Block page: "continue anyway", where the organisation allows it. */
  z.object({ type: z.literal('continue'), url: Url }),
  /** Popup: what holds for this address, and which profile is active. */
  z.object({ type: z.literal('status'), url: Url.optional() }),
  /** Diagnostics and options pages: the effective configuration and every problem; with `url`, why that page warns. */
  z.object({ type: z.literal('diagnostics'), url: Url.optional() }),
]);
export type Message = z.infer<typeof Message>;
