import { defineConfig } from 'wxt';

/**
 * Public key that fixes the Chromium extension ID
 * (ofapcmbjgkbgblbbdghfmmfofbgjeoif), which managed policy is keyed by.
 * Only the public half: the private key signs .crx files and stays with
 * whoever publishes the extension.
 */
const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp2+f3CV1ibg5fZ4JBqJt2BzF2FMdVD3cfTP+HkLyHa8Y3yNb7k4csDXqw5GdfTn5guCyUnLB7uYijTSzDqm4pAu29BOf74sD3IQL2eJMVLdl7Vu1Vc1NsoohpcIOe1GuGAAgV28BVAdcaGJt2qiJtLYO/WkB8R/6R5Tlxtx967sfvtMkWPcl45r1KhjS8SPG7JoO3nOtGUMD7EhAKBMzhfg9UQ2uScOTMVUEFGvPbQUwKCvIIhngIXmr5t5vJS17yAz6zO4hmHVkg5aqbOb88KCYhuu0Q0DdVgafNMw6+DZ2jNoHh0zQFhimqg22E+CfpV2bNPT5vWxmYxBWG5iF2QIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (e.g. a benchmark next to the tests) can use their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    key: PUBLIC_KEY,
    permissions: [
      // user settings, the organisation's cached settings, dismissals and confirmations
      'storage',
      // the popup reads the current tab's address; a trainer's demo runs on the current tab
      'activeTab',
      // block mode: the browser redirects the navigation before the site loads
      'declarativeNetRequest',
      // the banner script on hosts that only the organisation's extra rules name
      'scripting',
    ],
    // Block mode and the organisation's extra rules may concern any address. The
    // banner script is still injected only on the catalogue's and the rules' hosts.
    host_permissions: ['*://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    web_accessible_resources: [{ resources: ['blocked.html'], matches: ['*://*/*'] }],
    action: { default_title: 'Leitplanke' },
  },
});
