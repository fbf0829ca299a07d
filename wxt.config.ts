import { defineConfig } from 'wxt';
import { FIREFOX_ADDON_ID } from './core/extension-ids';
import { HOST_PERMISSIONS, PERMISSIONS } from './core/data-sheet/permissions';

/**
 * Public key that fixes the Chromium extension ID
 * (ofapcmbjgkbgblbbdghfmmfofbgjeoif), which managed policy is keyed by.
 * Only the public half: the private key signs .crx files and stays with
 * whoever publishes the extension.
 */
const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp2+f3CV1ibg5fZ4JBqJt2BzF2FMdVD3cfTP+HkLyHa8Y3yNb7k4csDXqw5GdfTn5guCyUnLB7uYijTSzDqm4pAu29BOf74sD3IQL2eJMVLdl7Vu1Vc1NsoohpcIOe1GuGAAgV28BVAdcaGJt2qiJtLYO/WkB8R/6R5Tlxtx967sfvtMkWPcl45r1KhjS8SPG7JoO3nOtGUMD7EhAKBMzhfg9UQ2uScOTMVUEFGvPbQUwKCvIIhngIXmr5t5vJS17yAz6zO4hmHVkg5aqbOb88KCYhuu0Q0DdVgafNMw6+DZ2jNoHh0zQFhimqg22E+CfpV2bNPT5vWxmYxBWG5iF2QIDAQAB';

/**
 * Firefox 128 is the oldest ESR line this build supports (the current ESR
 * must always work). Every API the extension uses is older: storage.managed
 * (57), scripting.registerContentScripts in MV2 (102) with
 * persistAcrossSessions (105), declarativeNetRequest with dynamic and
 * session rules, regexSubstitution redirects and tabIds (113),
 * storage.session in MV2 (115). Firefox before 128 rejects the
 * data_collection_permissions key.
 */
const FIREFOX_MIN_VERSION = '128.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (e.g. a benchmark next to the tests) can use their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  zip: {
    // The sources archive Mozilla's review rebuilds from: what git tracks, not local output.
    excludeSources: [
      'generated/**',
      'artifacts/**',
      'docs/screenshots/**',
      'test-results/**',
      'tests/**',
      'web-ext-artifacts/**',
      '**/*.log',
      'stats.html',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Firefox's managed storage (policies.json, managed-storage manifests) is keyed by this id.
              id: FIREFOX_ADDON_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Firefox's built-in data consent: the extension collects and sends nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Chromium only: the key fixes the extension ID; Firefox has no such field.
          key: PUBLIC_KEY,
          // Chromium only: Firefox takes managed settings without a schema.
          storage: { managed_schema: 'managed_schema.json' },
        }),
    // Each with its reason in core/data-sheet/permissions.ts, which the data sheet shows.
    permissions: PERMISSIONS.map((p) => p.permission),
    host_permissions: HOST_PERMISSIONS.map((p) => p.permission),
    web_accessible_resources: [
      // The browser's block-mode redirect goes here: its static address is in the redirect rules.
      { resources: ['blocked.html'], matches: ['*://*/*'] },
      // The notice's confirmation frame, and the notice page for a page that keeps removing the
      // notice. Chromium: only under this session's dynamic address, so a page cannot guess it;
      // Firefox's moz-extension address is already random per installation.
      {
        resources: ['notice-frame.html', 'notice.html'],
        matches: ['*://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    action: { default_title: 'Leitplanke' },
  }),
});
