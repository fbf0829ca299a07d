/**
 * Messages from content scripts and extension pages to the background. Every
 * message is parsed on arrival: a content script runs next to untrusted pages.
 * Confirmations come only from extension pages (services/message-sender.ts
 * checks the sender), never from a content script a page could steer.
 */
import { z } from 'zod';

const Url = z.string().max(8192);
const Token = z.string().regex(/^[\w-]{16,64}$/);
const Reason = z.string().trim().max(2000);

export const Message = z.discriminatedUnion('type', [
  /** Content script: what should this page show? Answer: `BannerModel | null`. */
  z.object({ type: z.literal('resolve'), url: Url }),
  /** Content script: the user pressed "Verstanden". */
  z.object({ type: z.literal('dismiss'), url: Url }),
  /** Content script: a token for this tab's confirmation frame. Answer: the token. */
  z.object({ type: z.literal('notice-token') }),
  /** Confirmation frame (extension page in the tab): what to ask for. Answer: `BannerModel | null`. */
  z.object({ type: z.literal('notice-frame'), token: Token }),
  /** Confirmation frame: the user confirmed the notice of this tab's page (acknowledge/reason mode). */
  z.object({ type: z.literal('confirm'), token: Token, reason: Reason.optional() }),
  /** Notice page (the page kept removing the notice): what holds for this address. Answer: `BannerModel | null`. */
  z.object({ type: z.literal('resolve-notice'), url: Url }),
  /** Notice page: the user confirmed the notice for this address (acknowledge/reason mode). */
  z.object({ type: z.literal('acknowledge'), url: Url, reason: Reason.optional() }),
  /** Notice page: the user read the notice and goes on to the page, in this tab. */
  z.object({ type: z.literal('pass'), url: Url }),
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
