import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createCollectorApp } from './app.ts';
import { startRelay } from './forward/relay.ts';
import { localHosts } from './hosts.ts';
import type { OriginAllowList } from './middleware/cors.ts';
import type { RateLimitOptions } from './middleware/rate-limit.ts';
import { openPostgres } from './postgres/store.ts';
import { listen } from './serve.ts';
import { sqliteStorage } from './sqlite/storage.ts';
import { openStore } from './sqlite/store.ts';
import type { EventStorage } from './storage.ts';

export interface StartOptions {
  /** 0 picks a free port (see `url`). Default 4320. */
  port?: number;
  /** Default 127.0.0.1; `0.0.0.0` in a container. */
  host?: string;
  /** A storage of your own; otherwise PostgreSQL at `databaseUrl`, or SQLite at `sqlitePath`. */
  storage?: EventStorage;
  databaseUrl?: string;
  /** Default `.waypoint/collector.db` (its folder is created). */
  sqlitePath?: string;
  /** Page origins that may post events; a Set may be filled after start (port 0). */
  allowedOrigins?: OriginAllowList;
  /** Host names besides loopback and `host`. */
  allowedHosts?: readonly string[];
  /** Bearer token for reads and the dashboard's data; unset, reads are off. */
  readToken?: string;
  rateLimit?: RateLimitOptions | false;
  /** Relay each stored event to this CloudEvents sink. */
  forwardUrl?: string;
  /** Where `/waypoint.js` and its chunks come from; default the installed SDK's `dist/`. */
  scriptDir?: string;
  /** Run before the collector's routes, on every request (your own headers or checks). */
  middleware?: readonly MiddlewareHandler[];
  /** Served after the collector's routes, from the same origin (a site's own pages). */
  site?: Hono;
  log?: (line: string) => void;
}

export interface RunningCollector {
  /** e.g. `http://127.0.0.1:4320`, with the real port when started on port 0. */
  url: string;
  port: number;
  storage: EventStorage;
  /** Stops accepting, lets running requests finish, stops the relay, then closes the storage. */
  close(): Promise<void>;
}

/**
 * Starts the collector on one origin: the tag, the event endpoint, the reads and the dashboard.
 * `npx waypoint-collector` calls it with the environment's settings.
 *
 * @example
 * const collector = await startCollector({ port: 0, allowedOrigins: ['https://shop.example'] });
 * console.info(`${collector.url}/dashboard`);
 */
export async function startCollector(options: StartOptions = {}): Promise<RunningCollector> {
  const host = options.host ?? '127.0.0.1';
  const forward = options.forwardUrl;
  const storage = options.storage ?? (await openStorage(options, forward !== undefined));
  const relay = forward ? startRelay({ storage, url: forward }) : undefined;
  const root = new Hono();
  // CORP off: the tag and the answers are for other origins' pages.
  root.use('*', secureHeaders({ crossOriginResourcePolicy: false }));
  for (const handler of options.middleware ?? []) root.use('*', handler);
  root.route(
    '/',
    createCollectorApp({
      storage,
      allowedOrigins: options.allowedOrigins ?? [],
      allowedHosts: localHosts(host, options.allowedHosts),
      ...(options.readToken ? { readToken: options.readToken } : {}),
      ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
      ...(options.scriptDir ? { scriptDir: options.scriptDir } : {}),
      ...(options.log ? { log: options.log } : {}),
      ...(relay ? { onStored: relay.nudge } : {}),
    }),
  );
  if (options.site) root.route('/', options.site);
  root.notFound((c) => c.text(`Nothing at ${c.req.path}\n`, 404));
  let server: Awaited<ReturnType<typeof listen>>;
  try {
    server = await listen(root, options.port ?? 4320, host);
  } catch (error) {
    await relay?.stop();
    await storage.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    port: server.port,
    storage,
    close() {
      closing ??= server
        .close()
        .then(() => relay?.stop())
        .then(() => storage.close());
      return closing;
    },
  };
}

async function openStorage(options: StartOptions, outbox: boolean): Promise<EventStorage> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, { outbox });
  const path = resolve(options.sqlitePath ?? '.waypoint/collector.db');
  mkdirSync(dirname(path), { recursive: true });
  return sqliteStorage(openStore(path, { outbox }));
}
