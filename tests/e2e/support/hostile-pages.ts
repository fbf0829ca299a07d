/**
 * Local test pages that do to the notice what a hostile (or merely careless)
 * page on a catalogued host might: one page per behaviour, served at
 * `/hostile/<name>` on any host. Every page also logs, from its own main
 * world, every key and input event it can see (window, capture phase) and
 * offers `hostile.forge()`: synthetic clicks and keys at every point of the
 * viewport and at the notice's host, the way a script would try to press
 * the notice's buttons.
 */
import { appPage, type Rendered } from './tls-server';

const NONCE = 'lp-hostile';

/** What each page does, as a script in the page (and, for some, a style or markup). */
export const HOSTILE_BEHAVIOURS = {
  'remove-children': {
    what: 'removes unknown children of <html>, repeatedly, as a framework that owns the document',
    script: `
      const sweep = () => {
        for (const child of [...document.documentElement.children]) {
          if (child !== document.head && child !== document.body) { child.remove(); hostile.removals += 1; }
        }
      };
      document.addEventListener('DOMContentLoaded', sweep);
      addEventListener('load', () => { sweep(); setTimeout(sweep, 300); setTimeout(() => { sweep(); hostile.ready = true; }, 600); });`,
  },
  'replace-children': {
    what: 'rebuilds the document with documentElement.replaceChildren(head, body) after load',
    script: `
      addEventListener('load', () => {
        document.documentElement.replaceChildren(document.head, document.body);
        setTimeout(() => { document.documentElement.replaceChildren(document.head, document.body); hostile.ready = true; }, 300);
      });`,
  },
  'hide-css': {
    what: 'hides every child of <html> but head and body with one !important rule',
    style: 'html > :not(head):not(body) { display: none !important; }',
    script: `addEventListener('load', () => { hostile.ready = true; });`,
  },
  overlay: {
    what: 'lays a fixed full-viewport overlay at the highest z-index over everything',
    markup:
      '<div id="overlay" style="position:fixed;inset:0;z-index:2147483647;background:rgba(200,0,0,0.6)">overlay</div>',
    script: `addEventListener('load', () => { hostile.ready = true; });`,
  },
  'top-layer': {
    what: 'opens a full-viewport popover of its own in the top layer, after the notice, twice',
    markup:
      '<div id="cover" popover="manual" style="position:fixed;inset:0;width:auto;height:auto;margin:0;border:0;background:rgba(200,0,0,0.6)">cover</div>',
    script: `
      const open = () => {
        const cover = document.getElementById('cover');
        if (cover.matches(':popover-open')) cover.hidePopover();
        cover.showPopover();
      };
      addEventListener('load', () => { setTimeout(open, 100); setTimeout(() => { open(); setTimeout(() => { hostile.ready = true; }, 100); }, 400); });`,
  },
  'page-modal': {
    what: 'opens a full-viewport modal dialog of its own after the notice, twice, and closes it after two seconds',
    markup:
      '<dialog id="modal" style="width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;background:rgba(0,0,200,0.6)">modal</dialog>',
    script: `
      const open = () => {
        const modal = document.getElementById('modal');
        if (modal.open) modal.close();
        modal.showModal();
      };
      addEventListener('load', () => {
        setTimeout(open, 100);
        setTimeout(() => { open(); setTimeout(() => { hostile.ready = true; }, 100); }, 400);
        setTimeout(() => document.getElementById('modal').close(), 2000);
      });`,
  },
  forge: {
    what: 'tries to open the shadow root and press every button, with synthetic clicks and keys, all the time',
    script: `
      const attach = Element.prototype.attachShadow;
      // Too late for the notice (its host is made in the extension's world): the page tries anyway.
      Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); };
      addEventListener('load', () => { setInterval(() => hostile.forge(), 100); hostile.ready = true; });`,
  },
  'read-fields': {
    what: 'reads every field it can reach, all the time',
    script: `
      setInterval(() => {
        const host = document.querySelector('leitplanke-banner');
        const fields = [...document.querySelectorAll('textarea, input')];
        if (host && host.shadowRoot) fields.push(...host.shadowRoot.querySelectorAll('textarea, input'));
        for (const f of fields) if (f.value) hostile.reads.push(f.value);
        for (let i = 0; i < frames.length; i += 1) {
          try { hostile.reads.push(frames[i].document.body.innerText); } catch (e) { hostile.denied = e.name; }
        }
      }, 50);
      addEventListener('load', () => { hostile.ready = true; });`,
  },
  'key-logger': {
    what: 'listens for keys and input on window and document in the capture phase',
    script: `
      for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionupdate']) {
        document.addEventListener(type, (e) => { if (e.isTrusted) hostile.keys.push('document ' + type + ':' + (e.key ?? e.data ?? '')); }, true);
      }
      addEventListener('load', () => { hostile.ready = true; });`,
  },
  'strict-csp': {
    what: "serves a strict CSP: style-src 'none', Trusted Types required, nothing else allowed",
    headers: {
      'content-security-policy': `default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'; base-uri 'none'`,
    },
    script: `addEventListener('load', () => { hostile.ready = true; });`,
  },
  'remove-loop': {
    what: 'removes the notice again the moment it comes back, forever',
    script: `
      const count = () => localStorage.setItem('hostile-removals', String(hostile.removals));
      const sweep = () => {
        for (const child of [...document.documentElement.children]) {
          if (child !== document.head && child !== document.body) { child.remove(); hostile.removals += 1; count(); }
        }
      };
      new MutationObserver(sweep).observe(document.documentElement, { childList: true });
      sweep();
      setInterval(sweep, 20);
      hostile.ready = true;`,
  },
} satisfies Record<
  string,
  { what: string; script: string; style?: string; markup?: string; headers?: Record<string, string> }
>;

export type HostileBehaviour = keyof typeof HOSTILE_BEHAVIOURS;

/** Logs every key and input the page's window sees, and `forge()`; runs before each page's own script. */
const BASE_SCRIPT = `
  window.hostile = { keys: [], reads: [], removals: 0, forged: 0, ready: false, denied: null, shadowRoot: null, attach: null };
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionupdate']) {
    // What the user typed: the page's own synthetic events (forge) are not that.
    window.addEventListener(type, (e) => { if (e.isTrusted) hostile.keys.push(type + ':' + (e.key ?? e.data ?? '')); }, true);
  }
  hostile.forge = () => {
    const host = document.querySelector('leitplanke-banner');
    if (host) {
      hostile.shadowRoot = host.shadowRoot !== null;
      try { host.attachShadow({ mode: 'open' }); hostile.attach = 'attached'; } catch (e) { hostile.attach = e.name; }
      host.click();
      for (const key of ['Enter', ' ', 'Escape']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
    }
    for (let y = 5; y < innerHeight; y += 20) {
      for (let x = 5; x < innerWidth; x += 40) {
        const target = document.elementFromPoint(x, y);
        if (!target) continue;
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
        hostile.forged += 1;
      }
    }
    for (const button of document.querySelectorAll('button, [data-action]')) button.click();
  };`;

/**
 * A small page answered at once (like a cached page or a short link): it
 * notes whether the notice's host is already in the document when its first
 * script runs and at DOMContentLoaded, and sums the layout shifts it sees.
 */
const FAST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fast</title>
<script>
  window.timing = { atFirstScript: document.querySelector('leitplanke-banner') !== null, atDcl: null, shift: 0, shifts: [] };
  timing.inserted = timing.atFirstScript;
  new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'LEITPLANKE-BANNER'))) timing.inserted = true;
  }).observe(document.documentElement, { childList: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { if (!e.hadRecentInput) { timing.shift += e.value; timing.shifts.push(e.value); } }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { timing.atDcl = document.querySelector('leitplanke-banner') !== null; });
</script></head><body><h1 id="site">A fast page</h1><p>Short and answered at once.</p></body></html>`;

/** The page at `/hostile/<behaviour>`, the fast page at `/fast`; anything else is the ordinary app page. */
export function renderHostile(host: string, path: string): Rendered {
  if (path.startsWith('/fast')) return FAST_PAGE;
  const name = /^\/hostile\/([\w-]+)/.exec(path)?.[1];
  if (!name || !(name in HOSTILE_BEHAVIOURS)) return appPage(host, path);
  const page: {
    what: string;
    script: string;
    style?: string;
    markup?: string;
    headers?: Record<string, string>;
  } = HOSTILE_BEHAVIOURS[name as HostileBehaviour];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile: ${name}</title>
${page.style ? `<style nonce="${NONCE}">${page.style}</style>` : ''}
<script nonce="${NONCE}">${BASE_SCRIPT}</script><script nonce="${NONCE}">${page.script}</script></head>
<body><h1 id="site">${host}${path}</h1><p>${page.what}</p>
<p><label>A field of the page <input id="page-field"></label></p>${page.markup ?? ''}</body></html>`;
  return page.headers ? { html, headers: page.headers } : html;
}

/** What the page's own script saw, read from its main world. */
export interface HostileLog {
  keys: string[];
  reads: string[];
  removals: number;
  forged: number;
  ready: boolean;
  denied: string | null;
  shadowRoot: boolean | null;
  attach: string | null;
}

/** Source of an expression that reads the log in the page's main world. */
export const READ_HOSTILE_LOG = `(() => { const { forge, ...log } = window.hostile; return JSON.parse(JSON.stringify(log)); })()`;
export const FORGE = `window.hostile.forge()`;
