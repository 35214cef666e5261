// The bench's own fixture server on 127.0.0.1: scenario pages, every built chunk, the peers'
// bundles and API stand-ins, and the demo's collector. Not the demo server, whose strict CSP the
// peers' inline `init` snippets would break: the bench measures cost, not CSP.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, resolve, sep } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { getMimeType } from 'hono/utils/mime';
import { createCollectorApp } from '../../collector/src/app.ts';
import { sqliteStorage } from '../../collector/src/sqlite/storage.ts';
import { type EventStore, openStore } from '../../collector/src/sqlite/store.ts';
import { answerPosthog } from './posthog-api.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const PAGES = resolve(import.meta.dirname, 'pages');
const DIST = resolve(REPO_ROOT, 'dist');

/** URL prefix → folder, for the peers' bundles (see peers.ts). */
export type Mounts = Record<string, string>;

export interface BenchServer {
  url: string;
  store: EventStore;
  /** How many POSTs reached `/v1/events` (the queue bench counts requests). */
  collectorPosts(): number;
  close(): Promise<void>;
}

/** Starts the server on a free port. `mounts` adds folders, e.g. `/peers/sentry/` → a dir. */
export async function startBenchServer(dbPath: string, mounts: Mounts): Promise<BenchServer> {
  const store = openStore(dbPath);
  const origins = new Set<string>();
  // No rate limit: the queue bench sends 200+ batches in a few seconds from one IP.
  const collector = getRequestListener(
    createCollectorApp({ storage: sqliteStorage(store), allowedOrigins: origins, rateLimit: false })
      .fetch,
  );
  let posts = 0;

  const server = createServer((req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://bench.invalid').pathname;
      if (path === '/v1/events' && req.method === 'POST') posts++;
      if (path.startsWith('/v1/')) return void collector(req, res);
      if (answerPosthog(req, res, path)) return;
      if (path.startsWith('/api/') && req.method === 'POST') return drain(req, res); // Sentry
      const file = fileFor(path, mounts);
      if (file) return sendFile(res, file, req.method === 'HEAD');
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Nothing at ${path}\n`);
    } catch (error) {
      console.error('[bench] request failed', error);
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  origins.add(url);
  return {
    url,
    store,
    collectorPosts: () => posts,
    close: () =>
      new Promise((ok, fail) => {
        server.close((e) => {
          store.close();
          e ? fail(e) : ok();
        });
        server.closeAllConnections();
      }),
  };
}

/** Widget code from dist/ (`/waypoint*.js`, any chunk), a mounted peer file, or a page. */
function fileFor(path: string, mounts: Mounts): string | undefined {
  const name = basename(path);
  if (path === `/${name}` && /\.m?js(\.map)?$/.test(name) && isFile(join(DIST, name)))
    return join(DIST, name);
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (path.startsWith(prefix)) return inside(dir, path.slice(prefix.length));
  }
  const page = path.endsWith('/') ? `${path}index.html` : path;
  return inside(PAGES, extname(page) ? page : `${page}.html`);
}

function inside(root: string, relative: string): string | undefined {
  const file = resolve(root, `.${relative.startsWith('/') ? '' : '/'}${relative}`);
  return file.startsWith(root + sep) && isFile(file) ? file : undefined;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function sendFile(res: ServerResponse, file: string, head: boolean): void {
  const body = readFileSync(file);
  res.writeHead(200, {
    'Content-Type': getMimeType(file) ?? 'application/octet-stream',
    'Content-Length': body.length,
    // Cacheable like a CDN-served script, so the warm-cache loads really hit the HTTP cache.
    // Pages are fixtures: no-cache keeps them from masking a changed page between rounds.
    'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
  });
  res.end(head ? undefined : body);
}

/** Accepts and discards a peer's telemetry POST. */
function drain(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}'));
}
