/**
 * Messages from extension pages and content scripts to the background. Every
 * message is parsed on arrival: a content script runs next to untrusted pages.
 */
import { z } from 'zod';

export const Message = z.discriminatedUnion('type', [
  /** Content script: what should this page show? Answer: `BannerModel | null`. */
  z.object({ type: z.literal('resolve'), url: z.string().max(8192) }),
  /** Content script: the user dismissed the banner on this page. */
  z.object({ type: z.literal('dismiss'), url: z.string().max(8192) }),
  /** Content script: open the catalogue entry behind "Mehr erfahren". */
  z.object({ type: z.literal('open-details'), fragment: z.string().regex(/^#[\w=&%.-]*$/) }),
]);
export type Message = z.infer<typeof Message>;
