/** What a user may choose on the options page (stored in `storage.local`). */
import { z } from 'zod';
import { ProfileId } from '../catalogue/policy-schema';
import { Language } from '../ui-text';

export const UserSettings = z.object({
  profile: ProfileId.optional(),
  language: z.enum(Language).optional(),
});
export type UserSettings = z.infer<typeof UserSettings>;

/**
 * Reads stored user settings, keeping each valid field on its own: a damaged
 * or outdated value falls back to the default instead of breaking the banner.
 */
export function parseUserSettings(raw: unknown): UserSettings {
  if (typeof raw !== 'object' || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const profile = ProfileId.safeParse(record.profile);
  const language = z.enum(Language).safeParse(record.language);
  return {
    ...(profile.success ? { profile: profile.data } : {}),
    ...(language.success ? { language: language.data } : {}),
  };
}
