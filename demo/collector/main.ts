// `npm run collector`: the collector alone, configured by the environment (README, "The
// collector as a service"). Stateless with PostgreSQL: run as many as you like behind a load
// balancer, on one DATABASE_URL.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { demoHosts } from '../demo-hosts.ts';
import { createCollectorApp } from './app.ts';
import { readConfig } from './config.ts';
import { startRelay } from './forward/relay.ts';
import { openPostgres } from './postgres/store.ts';
import { listen } from './serve.ts';
import { sqliteStorage } from './sqlite/storage.ts';
import { openStore } from './sqlite/store.ts';
import type { EventStorage } from './storage.ts';

async function openStorage(
  databaseUrl: string | undefined,
  sqlitePath: string,
  outbox: boolean,
): Promise<EventStorage> {
  if (databaseUrl) return openPostgres(databaseUrl, { outbox });
  const path = resolve(sqlitePath);
  mkdirSync(dirname(path), { recursive: true });
  return sqliteStorage(openStore(path, { outbox }));
}

async function main(): Promise<void> {
  const result = readConfig(process.env);
  if (!result.ok) {
    for (const error of result.errors) console.error(`[collector] ${error}`);
    process.exitCode = 2;
    return;
  }
  const config = result.config;
  const storage = await openStorage(
    config.databaseUrl,
    config.sqlitePath,
    config.forwardUrl !== undefined,
  );
  const relay = config.forwardUrl ? startRelay({ storage, url: config.forwardUrl }) : undefined;
  const app = createCollectorApp({
    storage,
    allowedOrigins: config.allowedOrigins,
    allowedHosts: demoHosts(config.host, config.allowedHosts),
    ...(config.readToken ? { readToken: config.readToken } : {}),
    rateLimit:
      config.ratePerMinute === 0 ? false : { limit: config.ratePerMinute, windowMs: 60_000 },
    ...(relay ? { onStored: relay.nudge } : {}),
  });
  // hono's secure headers on every answer; CORP off, the answers are for other origins' pages.
  const root = new Hono();
  root.use('*', secureHeaders({ crossOriginResourcePolicy: false }));
  root.route('/', app);
  const server = await listen(root, config.port, config.host);
  console.info(
    [
      `[collector] listening on ${server.url} (${storage.kind})`,
      `  POST ${server.url}/v1/events from ${config.allowedOrigins.join(', ') || 'no browser origin (set ALLOWED_ORIGINS)'}`,
      `  reads ${config.readToken ? 'need the READ_TOKEN' : 'are off (set READ_TOKEN)'}`,
      `  forwarding ${config.forwardUrl ? `to ${config.forwardUrl}` : 'off (set FORWARD_URL)'}`,
    ].join('\n'),
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      Promise.resolve()
        .then(() => server.close())
        .then(() => relay?.stop())
        .then(() => storage.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            console.error('[collector] could not close cleanly', error);
            process.exit(1);
          },
        );
    });
  }
}

main().catch((error: unknown) => {
  console.error('[collector] could not start', error);
  process.exitCode = 1;
});
