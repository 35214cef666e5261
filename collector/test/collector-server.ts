// A collector on a real socket over a real SQLite file, for the HTTP tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCollectorApp } from '../src/app.ts';
import type { CollectorOptions } from '../src/options.ts';
import { listen } from '../src/serve.ts';
import { sqliteStorage } from '../src/sqlite/storage.ts';
import { type EventStore, openStore } from '../src/sqlite/store.ts';

export const ORIGIN = 'https://shop.example';
export const TOKEN = 'read-token-for-tests-0123456789';

export interface TestCollector {
  url: string;
  store: EventStore;
  /** `fetch` against the collector; `read: true` adds the bearer token. */
  request(path: string, init?: RequestInit & { read?: boolean }): Promise<Response>;
  close(): Promise<void>;
}

export async function startCollector(
  options: Partial<Omit<CollectorOptions, 'storage'>> = {},
): Promise<TestCollector> {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-http-'));
  const store = openStore(join(dir, 'events.db'));
  const app = createCollectorApp({
    storage: sqliteStorage(store),
    allowedOrigins: [ORIGIN],
    allowedHosts: ['127.0.0.1', 'localhost'],
    readToken: TOKEN,
    rateLimit: false,
    ...options,
  });
  const server = await listen(app, 0, '127.0.0.1');
  return {
    url: server.url,
    store,
    request(path, { read, ...init } = {}) {
      const headers = new Headers(init.headers);
      if (read) headers.set('authorization', `Bearer ${TOKEN}`);
      return fetch(`${server.url}${path}`, { ...init, headers });
    },
    async close() {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A POST of `body` as the SDK sends it (or as `type`), from `origin`. */
export function post(body: unknown, type = 'application/cloudevents-batch+json', origin = ORIGIN) {
  return {
    method: 'POST',
    headers: { 'content-type': type, origin },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  } satisfies RequestInit;
}
