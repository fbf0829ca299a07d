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

/**
 * One step of a locator: the matches of `selector` inside each element so far
 * (the same elements if it is empty), or only the `index`th of them.
 */
export interface ProbeStep {
  selector: string;
  index?: number;
}

export interface ProbeRequest {
  /** CSS selector inside the notice's shadow root (shorthand for one step). */
  selector?: string;
  /** A chain of steps, from the shadow root (instead of `selector`). */
  steps?: ProbeStep[];
  attr?: string;
  prop?: string;
  /** A computed style property. */
  css?: string;
  /** Scroll the first match into view first (before a click). */
  scroll?: boolean;
  /**
   * Source of a function `(elements) => value`, run on all matches in the
   * extension's isolated world; its result is `evaluated`. A literal in the
   * probe's expression, not a string to `eval`.
   */
  fn?: string;
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
  /** As Playwright's `isVisible`: a non-empty box and not `visibility: hidden`. */
  visible: boolean;
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
  /** What `fn` returned (JSON-serialisable). */
  evaluated?: unknown;
}

/**
 * The probe, as source: it is evaluated in the browser, so it must not depend
 * on how the test runner transforms functions.
 */
export const PROBE_SOURCE = String.raw`(req, fn) => {
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
  const steps = req.steps || (req.selector ? [{ selector: req.selector }] : null);
  if (steps) {
    let all = [root];
    for (const step of steps) {
      const found = step.selector ? [] : all;
      if (step.selector)
        for (const scope of all)
          for (const el of scope.querySelectorAll(step.selector)) if (!found.includes(el)) found.push(el);
      all = step.index === undefined ? found : found.slice(step.index, step.index + 1);
    }
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
        visible: r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden',
      };
    });
    if (fn) result.evaluated = fn(all);
  }
  return result;
}`;

/** `PROBE_SOURCE` applied to a request, as one expression. */
export const probeExpression = ({ fn, ...request }: ProbeRequest) =>
  `(${PROBE_SOURCE})(${JSON.stringify(request)}, ${fn ?? 'null'})`;

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
  /** As Playwright's `isVisible` (false when nothing matches); does not wait. */
  isVisible(): Promise<boolean>;
  /** A real mouse click at the first match's centre; waits for a match. */
  click(): Promise<void>;
  /** Focuses the first match (as Playwright's `focus`, by script); waits for a match. */
  focus(): Promise<void>;
  /**
   * Runs `fn` on the first match in the extension's isolated world (where the
   * closed shadow root is reachable); waits for a match. `fn` is sent as
   * source: it must not use anything from its surrounding scope.
   */
  evaluate<T>(fn: (element: HTMLElement) => T): Promise<T>;
  /** Runs `fn` on all matches (none is fine), as `evaluate`. */
  evaluateAll<T>(fn: (elements: HTMLElement[]) => T): Promise<T>;
  locator(selector: string): NoticeLocator;
  first(): NoticeLocator;
  nth(index: number): NoticeLocator;
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
  const locator = (steps: ProbeStep[]): NoticeLocator => {
    const describe = steps.map((st) =>
      st.index === undefined ? st.selector : `${st.selector} [${st.index}]`,
    );
    const matchesOf = async (request: Omit<ProbeRequest, 'steps'> = {}) => await run({ steps, ...request });
    const firstOf = async (request: Omit<ProbeRequest, 'steps'> = {}) => {
      const start = Date.now();
      for (;;) {
        const [first] = (await matchesOf(request)).matches;
        if (first) return first;
        if (Date.now() - start > WAIT_MS)
          throw new Error(`nothing in the notice matches ${describe.join(' → ')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const evaluateAll = async <T>(fn: string) => (await matchesOf({ fn })).evaluated as T;
    const within = (step: ProbeStep) => locator([...steps, step]);
    const nth = (index: number) => {
      const last = steps[steps.length - 1]!;
      // An index on an indexed step picks from its single match.
      return last.index === undefined
        ? locator([...steps.slice(0, -1), { ...last, index }])
        : within({ selector: '', index });
    };
    return {
      count: async () => (await matchesOf()).matches.length,
      innerText: async () => (await firstOf()).text,
      allInnerTexts: async () => (await matchesOf()).matches.map((m) => m.text),
      getAttribute: async (name) => (await matchesOf({ attr: name })).matches[0]?.attr ?? null,
      property: async (name) => (await firstOf({ prop: name })).prop,
      css: async (name) => (await firstOf({ css: name })).css,
      isVisible: async () => (await matchesOf()).matches[0]?.visible ?? false,
      click: async () => {
        const target = await firstOf({ scroll: true });
        await clickAt(target.x, target.y);
      },
      focus: async () => {
        await firstOf();
        await evaluateAll('(els) => void els[0].focus()');
      },
      evaluate: async (fn) => {
        await firstOf();
        return evaluateAll(`(els) => (${String(fn)})(els[0])`);
      },
      evaluateAll: async (fn) => evaluateAll(String(fn)),
      locator: (inner) => within({ selector: inner }),
      first: () => nth(0),
      nth,
    };
  };
  return { probe: (request = {}) => run(request), root: locator([{ selector: 'section.lp' }]) };
}

/**
 * Inform mode's strip keeps its reasons ("Warum?") and alternatives
 * ("Stattdessen") in panels that stay hidden until their button is pressed:
 * presses it (a real click) unless the panel is open, and waits until it shows.
 */
export async function openPanel(lp: NoticeLocator, panel: 'why' | 'instead'): Promise<void> {
  const shown = () => lp.locator(`#lp-panel-${panel}`).isVisible();
  if (await shown()) return;
  await lp.locator(`[data-action="${panel}"]`).click();
  const start = Date.now();
  while (!(await shown())) {
    if (Date.now() - start > WAIT_MS) throw new Error(`the "${panel}" panel did not open`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // Its 120 ms fade-in at its end, as the user sees it after a moment (screenshots' own
  // `animations: 'disabled'` does not reach into a closed shadow root).
  await lp.locator(`#lp-panel-${panel}`).evaluate((el) => {
    for (const animation of el.getAnimations({ subtree: true })) animation.finish();
  });
}
