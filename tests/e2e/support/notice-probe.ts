/**
 * Reading the notice the way only the extension can. Its shadow root is
 * closed, so neither the page nor Playwright's or puppeteer's selectors see
 * into it. The probe runs in the extension's own isolated world instead,
 * where the browser hands content scripts any shadow root
 * (`chrome.dom.openOrClosedShadowRoot` in Chromium, over the DevTools
 * protocol; `Element.openOrClosedShadowRoot` in Firefox, through
 * `tabs.executeScript` from an extension page). Clicks are real input from
 * the driver at the element's centre, so they are trusted events like a
 * user's.
 */

export interface ProbeRequest {
  /** CSS selector inside the notice's shadow root. */
  selector?: string;
  attr?: string;
  prop?: string;
  /** A computed style property. */
  css?: string;
  /** Scroll the first match into view first (before a click). */
  scroll?: boolean;
}

export interface ProbeMatch {
  text: string;
  attr: string | null;
  prop: unknown;
  css: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProbeResult {
  /** How many notice hosts are in the document. */
  hosts: number;
  /** The notice is in the top layer (an open manual popover, or a modal dialog). */
  shown: boolean;
  /** At the centre of the notice's visible part, the topmost element is the notice. */
  onTop: boolean;
  covering: boolean;
  /** The host's own height: the strip reserved in the page's flow. */
  reserved: number;
  /** The confirmation frame's address, if there is one. */
  frameUrl: string | null;
  /** What has the focus inside the notice: its `data-action`, else its tag name. */
  focused: string | null;
  matches: ProbeMatch[];
}

/**
 * The probe, as source: it is evaluated in the browser, so it must not depend
 * on how the test runner transforms functions.
 */
export const PROBE_SOURCE = String.raw`(req) => {
  const hostEl = document.querySelector('leitplanke-banner');
  const reveal = globalThis.chrome && chrome.dom && chrome.dom.openOrClosedShadowRoot;
  const root = hostEl ? (reveal ? chrome.dom.openOrClosedShadowRoot(hostEl) : hostEl.openOrClosedShadowRoot) : null;
  const result = {
    hosts: document.querySelectorAll('leitplanke-banner').length,
    shown: false, onTop: false, covering: false, reserved: 0, frameUrl: null, focused: null, matches: [],
  };
  if (!root) return result;
  const active = root.activeElement;
  result.focused = active ? active.getAttribute('data-action') || active.tagName.toLowerCase() : null;
  result.covering = hostEl.hasAttribute('data-covering');
  result.reserved = hostEl.getBoundingClientRect().height;
  const frame = root.querySelector('iframe');
  result.frameUrl = frame ? frame.src : null;
  const layer = root.querySelector('.lp-layer');
  if (layer) {
    result.shown = layer.matches(':modal') || layer.matches(':popover-open');
    const r = layer.getBoundingClientRect();
    const x0 = Math.max(0, r.left), x1 = Math.min(innerWidth, r.right);
    const y0 = Math.max(0, r.top), y1 = Math.min(innerHeight, r.bottom);
    if (x1 > x0 && y1 > y0) {
      const x = (x0 + x1) / 2, y = (y0 + y1) / 2;
      const hit = root.elementFromPoint(x, y);
      result.onTop = document.elementFromPoint(x, y) === hostEl && !!hit && layer.contains(hit);
    }
  }
  if (req.selector) {
    const all = Array.from(root.querySelectorAll(req.selector));
    if (req.scroll && all[0]) all[0].scrollIntoView({ block: 'center' });
    result.matches = all.map((el) => {
      const r = el.getBoundingClientRect();
      const prop = req.prop ? el[req.prop] : null;
      return {
        text: el.innerText === undefined ? el.textContent : el.innerText,
        attr: req.attr ? el.getAttribute(req.attr) : null,
        prop: prop === undefined ? null : prop,
        css: req.css ? getComputedStyle(el).getPropertyValue(req.css) : null,
        x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height,
      };
    });
  }
  return result;
}`;

/** `PROBE_SOURCE` applied to a request, as one expression. */
export const probeExpression = (request: ProbeRequest) => `(${PROBE_SOURCE})(${JSON.stringify(request)})`;

export interface NoticeLocator {
  count(): Promise<number>;
  /** The first match's text; waits for a match. */
  innerText(): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  /** The first match's attribute, or null if nothing matches (yet). */
  getAttribute(name: string): Promise<string | null>;
  /** The first match's DOM property (e.g. `open` of a <details>). */
  property(name: string): Promise<unknown>;
  /** The first match's computed style property. */
  css(name: string): Promise<string | null>;
  /** A real mouse click at the first match's centre; waits for a match. */
  click(): Promise<void>;
  locator(selector: string): NoticeLocator;
  first(): NoticeLocator;
}

export interface NoticeDriver {
  probe(request?: ProbeRequest): Promise<ProbeResult>;
  /** The notice itself (`section.lp`), as a locator. */
  root: NoticeLocator;
}

const WAIT_MS = 5000;

export function noticeDriver(
  run: (request: ProbeRequest) => Promise<ProbeResult>,
  clickAt: (x: number, y: number) => Promise<void>,
): NoticeDriver {
  const matchesOf = async (selector: string, request: Omit<ProbeRequest, 'selector'> = {}) =>
    (await run({ selector, ...request })).matches;
  const firstOf = async (selector: string, request: Omit<ProbeRequest, 'selector'> = {}) => {
    const start = Date.now();
    for (;;) {
      const [first] = await matchesOf(selector, request);
      if (first) return first;
      if (Date.now() - start > WAIT_MS) throw new Error(`nothing in the notice matches ${selector}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const locator = (selector: string): NoticeLocator => ({
    count: async () => (await matchesOf(selector)).length,
    innerText: async () => (await firstOf(selector)).text,
    allInnerTexts: async () => (await matchesOf(selector)).map((m) => m.text),
    getAttribute: async (name) => (await matchesOf(selector, { attr: name }))[0]?.attr ?? null,
    property: async (name) => (await firstOf(selector, { prop: name })).prop,
    css: async (name) => (await firstOf(selector, { css: name })).css,
    click: async () => {
      const target = await firstOf(selector, { scroll: true });
      await clickAt(target.x, target.y);
    },
    locator: (inner) => locator(`${selector} ${inner}`),
    // `:first-of-type`-free: the first match of the whole selector.
    first: () => ({ ...locator(selector) }),
  });
  return { probe: (request = {}) => run(request), root: locator('section.lp') };
}
