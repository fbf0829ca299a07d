// Code passed to `worker.evaluate()` runs inside the extension, where `chrome` exists.
// A global declaration file cannot import, so the type is imported inline.
// eslint-disable-next-line @typescript-eslint/consistent-type-imports
declare const chrome: typeof import('wxt/browser').browser;
