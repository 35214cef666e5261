import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Hono, type MiddlewareHandler } from 'hono';
import {
  EVENTS_PATH,
  type EventStore,
  openStore,
  type RateLimitOptions,
  sqliteStorage,
  startCollector,
  staticFiles,
} from 'waypoint-collector';
import { demoSecureHeaders } from './http/security-headers.ts';

const DEMO_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(DEMO_DIR, '..');

/** The port `npm run demo` uses unless `PORT` says otherwise (DESIGN.md §7). */
export const DEFAULT_PORT = 4310;

export interface DemoOptions {
  /** 0 picks a free port; the returned `url` has the real one. Default 4310. */
  port?: number;
  /** Default 127.0.0.1: the demo is for this machine only. */
  host?: string;
  /** SQLite file (its folder is created) or `:memory:`. Default `.demo-data/waypoint.db`. */
  dbPath?: string;
  /** Where the tag and its chunks are served from; default the installed SDK's `dist/`. */
  distDir?: string;
  /** The collector's per-address limit; `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** Folder of pages served at `/` instead of the demo shop (browser-test scenarios). */
  siteDir?: string;
  /** The bearer token reads need; default a fresh random one (see `Demo.readToken`). */
  readToken?: string;
  /**
   * Simulates an outage: while it returns a status, `POST /v1/events` answers that status and
   * stores nothing (tests of the browser's queue; the page-hide send cannot be intercepted in
   * the browser, so the outage has to be on the server).
   */
  outage?: () => number | undefined;
}

export interface Demo {
  /** e.g. `http://127.0.0.1:4310`, with the real port when started on port 0. */
  url: string;
  /** The origins the collector accepts browser posts from (this server's own). */
  origins: readonly string[];
  /** The SQLite store itself, synchronous, for tests to look into. */
  store: EventStore;
  /** What `Authorization: Bearer` must carry to read events, the summary and the dashboard. */
  readToken: string;
  /** Stops accepting requests, lets running ones finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the demo shop, the reference collector and the dashboard on one HTTP server.
 *
 * @example
 * const demo = await startDemo({ port: 0, dbPath: join(tmp, 'events.db') });
 * await fetch(`${demo.url}/v1/events`, { headers: { authorization: `Bearer ${demo.readToken}` } });
 * await demo.close();
 */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const host = options.host ?? '127.0.0.1';
  const dbPath = options.dbPath ?? resolve(REPO_ROOT, '.demo-data/waypoint.db');
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const store = openStore(dbPath);
  const readToken = options.readToken ?? randomBytes(18).toString('base64url');
  // Filled once the port is known (port 0); the collector reads it on every request.
  const origins = new Set<string>();
  const site = new Hono();
  site.use(
    '*',
    staticFiles(options.siteDir ? resolve(options.siteDir) : resolve(DEMO_DIR, 'site')),
  );

  // The shop is served by the collector's own server, so its pages and the endpoint share
  // one origin, as a site that proxies the collector would.
  const collector = await startCollector({
    port: options.port ?? DEFAULT_PORT,
    host,
    storage: sqliteStorage(store),
    allowedOrigins: origins,
    readToken,
    ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
    ...(options.distDir ? { scriptDir: options.distDir } : {}),
    middleware: [demoSecureHeaders(), ...(options.outage ? [outage(options.outage)] : [])],
    site,
  });
  for (const name of new Set(['localhost', '127.0.0.1', host])) {
    if (!isWildcard(name)) origins.add(`http://${urlHost(name)}:${collector.port}`);
  }
  return {
    url: `http://${isWildcard(host) ? 'localhost' : urlHost(host)}:${collector.port}`,
    origins: [...origins],
    store,
    readToken,
    close: () => collector.close(),
  };
}

/** While `status()` returns a status, `POST /v1/events` answers it and stores nothing. */
function outage(status: () => number | undefined): MiddlewareHandler {
  return async (c, next) => {
    const down = c.req.method === 'POST' && c.req.path === EVENTS_PATH ? status() : undefined;
    if (down === undefined) return next();
    await c.req.arrayBuffer().catch(() => undefined);
    return c.text('simulated outage\n', down as 503);
  };
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::';
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`[demo] PORT must be a port number, got "${process.env.PORT}"`);
    process.exitCode = 1;
    return;
  }
  const dbPath = resolve(REPO_ROOT, '.demo-data/waypoint.db');
  const demo = await startDemo({ port, dbPath, readToken: process.env.READ_TOKEN || undefined });
  const base = demo.url.replace('127.0.0.1', 'localhost');
  // The token travels in the fragment: it never reaches a server log or a Referer header.
  const signedIn = `#token=${encodeURIComponent(demo.readToken)}`;
  console.info(
    [
      'Waypoint demo is running',
      `  shop       ${base}/${signedIn}`,
      `  dashboard  ${base}/dashboard${signedIn}`,
      `  collector  ${base}${EVENTS_PATH}`,
      `  read token ${demo.readToken}`,
      `  database   ${dbPath}`,
    ].join('\n'),
  );
  if (!existsSync(resolve(REPO_ROOT, 'dist/waypoint.js'))) {
    console.warn(
      '[demo] dist/waypoint.js is missing: run npm run build, or the widget will not load',
    );
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.info(`\n[demo] ${signal}: closing`);
      demo.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('[demo] could not close cleanly', error);
          process.exit(1);
        },
      );
    });
  }
}

// Run only as `tsx demo/server.ts`; importing this module (tests) starts nothing.
if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main().catch((error: unknown) => {
    console.error('[demo] could not start', error);
    process.exitCode = 1;
  });
}
