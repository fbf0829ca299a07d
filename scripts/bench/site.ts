/**
 * The benchmark's stand-in for the web: one local HTTPS server that answers
 * every hostname (Chromium maps them all here with `--host-resolver-rules`).
 * It serves three kinds of page, chosen by path, so the same host can be
 * measured with a tiny and with a realistically sized page:
 * - `/portal`: an unrelated page (an authority's portal page), ~100 KB, sent at once;
 * - `/minimal` (and any other path): the e2e suite's tiny app page (< 1 KB), the worst case for the banner;
 * - `/app`: a model of a web app such as WhatsApp Web (see APP_MODEL).
 * Query strings only defeat caches. Nothing here contacts the internet.
 */
import { createServer, type Server } from 'node:https';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appPage, selfSignedCertificate } from '../../tests/e2e/support/tls-server';

/**
 * WhatsApp Web ships a large HTML document and a big, parser-blocking
 * application bundle. The model: ~300 KB of HTML streamed at about 50 Mbit/s
 * (an office link), with a parser-blocking script in `<head>` that arrives
 * after 100 ms (round trip plus download of the bundle).
 */
export const APP_MODEL = {
  htmlBytes: 300_000,
  chunkBytes: 32_000,
  chunkIntervalMs: 5,
  scriptBytes: 60_000,
  scriptDelayMs: 100,
} as const;

export const PORTAL_BYTES = 100_000;

export interface BenchSite {
  port: number;
  close(): Promise<void>;
}

/** Deterministic filler text, so every run serves the same bytes. */
function filler(bytes: number, line: (i: number) => string): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += line(i);
  return out;
}

const STYLES = filler(
  10_000,
  (i) =>
    `.c${i}{margin:${i % 7}px;padding:${i % 5}px;color:#${((i * 2654435761) % 0xffffff).toString(16).padStart(6, '0')}}\n`,
);

export function portalPage(host: string): string {
  const head = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${host}</title><style>${STYLES}</style></head><body>`;
  const nav = `<nav>${filler(20_000, (i) => `<a class="c${i % 50}" href="/portal/seite-${i}">Leistung ${i}</a> `)}</nav>`;
  const article = filler(
    PORTAL_BYTES - head.length - nav.length - 200,
    (i) =>
      `<p class="c${i % 50}">Absatz ${i}: Die Verwaltung informiert über Zuständigkeiten, Fristen und Formulare.</p>\n`,
  );
  return `${head}<header><h1>${host}</h1></header>${nav}<main>${article}</main><script>document.title += ' ✓';</script></body></html>`;
}

function appHead(host: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${host}</title>
<style>${STYLES}${STYLES}${STYLES}</style>
<script src="/static/app.js"></script></head><body><div id="app">`;
}

function appBody(bytes: number): string {
  return filler(
    bytes,
    (i) =>
      `<div class="c${i % 50}" data-chat="${i}"><span>Kontakt ${i}</span><span>Letzte Nachricht ${i}</span></div>\n`,
  );
}

const APP_SCRIPT = filler(
  APP_MODEL.scriptBytes,
  (i) => `window.__m${i}=function(a){return a*${i}+${i % 13};};\n`,
);

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends the app model's HTML in network-sized chunks, the way a real connection delivers it. */
async function streamApp(res: ServerResponse, host: string): Promise<void> {
  const head = appHead(host);
  const html = `${head}${appBody(APP_MODEL.htmlBytes - head.length - 30)}</div></body></html>`;
  for (let at = 0; at < html.length; at += APP_MODEL.chunkBytes) {
    if (at > 0) await delay(APP_MODEL.chunkIntervalMs);
    res.write(html.slice(at, at + APP_MODEL.chunkBytes));
  }
  res.end();
}

function send(res: ServerResponse, type: string, body: string): void {
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

export async function startBenchSite(): Promise<BenchSite> {
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/static/app.js') {
      void delay(APP_MODEL.scriptDelayMs).then(() => send(res, 'text/javascript', APP_SCRIPT));
    } else if (path === '/app') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      void streamApp(res, host);
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (path.startsWith('/portal')) {
      send(res, 'text/html', portalPage(host));
    } else {
      send(res, 'text/html', appPage(host, path));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
