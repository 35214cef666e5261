#!/usr/bin/env node
// `npx waypoint-collector` (and `npm run collector` in a clone): the collector alone,
// configured by the environment (README, "The collector as a service"). Stateless with
// PostgreSQL: run as many as you like behind a load balancer, on one DATABASE_URL.
import { readConfig } from './config.ts';
import { startCollector } from './start.ts';

async function main(): Promise<void> {
  const result = readConfig(process.env);
  if (!result.ok) {
    for (const error of result.errors) console.error(`[collector] ${error}`);
    process.exitCode = 2;
    return;
  }
  const config = result.config;
  const collector = await startCollector({
    port: config.port,
    host: config.host,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    sqlitePath: config.sqlitePath,
    allowedOrigins: config.allowedOrigins,
    allowedHosts: config.allowedHosts,
    ...(config.readToken ? { readToken: config.readToken } : {}),
    rateLimit:
      config.ratePerMinute === 0 ? false : { limit: config.ratePerMinute, windowMs: 60_000 },
    ...(config.forwardUrl ? { forwardUrl: config.forwardUrl } : {}),
  });
  const { url } = collector;
  console.info(
    [
      `[collector] listening on ${url} (${collector.storage.kind})`,
      `  tag        <script async src="${url}/waypoint.js" data-endpoint="${url}/v1/events" …>`,
      `  POST ${url}/v1/events from ${config.allowedOrigins.join(', ') || 'no browser origin (set ALLOWED_ORIGINS)'}`,
      `  dashboard  ${url}/dashboard`,
      `  reads ${config.readToken ? 'need the READ_TOKEN' : 'are off (set READ_TOKEN)'}`,
      `  forwarding ${config.forwardUrl ? `to ${config.forwardUrl}` : 'off (set FORWARD_URL)'}`,
    ].join('\n'),
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      collector.close().then(
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
