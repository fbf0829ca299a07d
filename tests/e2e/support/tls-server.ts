/**
 * A local HTTPS server that stands in for every real site: Chromium maps all
 * hostnames to it (`--host-resolver-rules`), so tests visit
 * `https://web.whatsapp.com/` without leaving the machine. It records every
 * request it receives — the proof that the extension itself sends none.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReceivedRequest {
  host: string;
  path: string;
}

export interface TestSite {
  port: number;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** A page that looks like a web app: a heading, an input and a button to type into. */
export function appPage(host: string, path: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${host}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font:16px sans-serif} header{background:#075e54;color:#fff;padding:12px}</style></head>
<body><header><h1 id="site">${host}${path}</h1></header>
<main><label>Message <input id="message"></label> <button id="send">Send</button>
<button id="spa-meeting" onclick="history.pushState({}, '', '/j/123456')">Join meeting</button>
<button id="spa-home" onclick="history.pushState({}, '', '/')">Home</button></main></body></html>`;
}

/** A throwaway certificate for the local HTTPS site (browsers are told to accept it). */
export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'leitplanke-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=leitplanke-test',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A page, or a page with its own response headers (e.g. a Content-Security-Policy). */
export type Rendered = string | { html: string; headers: Record<string, string> };

export async function startTestSite(
  render: (host: string, path: string) => Rendered = appPage,
): Promise<TestSite> {
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    requests.push({ host, path });
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const page = render(host, path);
    const { html, headers } = typeof page === 'string' ? { html: page, headers: {} } : page;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
