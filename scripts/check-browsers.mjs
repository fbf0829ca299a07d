// The end-to-end tests drive the distribution's own browsers (no downloads):
// say clearly what is missing instead of failing deep inside a test.
import { existsSync } from 'node:fs';

const browsers = [
  ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
  ['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
  // Not a browser: reads the handout PDF Chromium prints (tests/e2e/trainer.test.ts).
  ['poppler-utils', '/usr/bin/pdftotext'],
];
const missing = browsers.filter(([, path]) => !existsSync(path));
if (missing.length > 0) {
  console.error(
    `End-to-end tests need ${missing.map(([name, path]) => `${name} (${path})`).join(' and ')}.\n` +
      `Install with: sudo apt-get install -y ${missing.map(([name]) => name).join(' ')}`,
  );
  process.exit(1);
}
