/**
 * The identifiers managed policy is keyed by. The Chromium ID follows from
 * the public key in `wxt.config.ts` (`manifest.key`); the Firefox add-on id is
 * `browser_specific_settings.gecko.id`. An organisation that signs its own
 * build with its own key has its own Chromium ID (see docs/admin.md).
 */
export const CHROMIUM_EXTENSION_ID = 'ofapcmbjgkbgblbbdghfmmfofbgjeoif';
export const FIREFOX_ADDON_ID = '{18a2a2e3-b7cd-48bd-98eb-a291e0e5f13d}';
