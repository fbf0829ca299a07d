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
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    key: PUBLIC_KEY,
    // storage: user settings and session dismissals; activeTab: the popup reads the current tab's address.
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'Leitplanke' },
  },
});
