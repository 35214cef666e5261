import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { collectorCors, type OriginAllowList } from './middleware/cors.ts';
import { type HostAllowList, hostCheck } from './middleware/host-check.ts';
import { type RateLimitOptions, rateLimit } from './middleware/rate-limit.ts';
import { readToken } from './middleware/read-token.ts';
import { exportRoute } from './routes/export.ts';
import { receiveLimit, receiveRoute } from './routes/receive.ts';
import { modelRoute, summaryRoute } from './routes/summary.ts';
import type { EventStorage } from './storage.ts';

export const EVENTS_PATH = '/v1/events';

/** What the collector needs; the allow-lists are read on every request (port 0 fills them late). */
export interface CollectorOptions {
  storage: EventStorage;
  /** Browser origins that may post events. */
  allowedOrigins: OriginAllowList;
  /** Host names this server answers to (DNS-rebinding defence); omitted, any. */
  allowedHosts?: HostAllowList;
  /** The bearer token reads need; omitted, reads are off. */
  readToken?: string;
  /** Per client address; `false` turns it off (browser tests that send a lot). */
  rateLimit?: RateLimitOptions | false;
  /** Called after a batch added new events (the forwarding relay looks for work then). */
  onStored?: () => void;
  /** Where operational warnings go (refused origins); default `console.warn`. */
  log?: (line: string) => void;
  /** The clock for how often a warning repeats; default `Date.now`. */
  now?: () => number;
}

/**
 * The collector as a Hono app: `POST /v1/events` (open to allowed origins), and the private
 * reads `GET /v1/events` (JSON or CSV export), `GET /v1/summary` and `GET /v1/model`. Mount it
 * in a server of your own with `app.route('/', createCollectorApp(…))`, or run
 * `npm run collector`.
 *
 * @example
 * serve({ fetch: createCollectorApp({ storage, allowedOrigins: ['https://shop.example'] }).fetch });
 */
export function createCollectorApp(options: CollectorOptions): Hono {
  const app = new Hono();
  if (options.allowedHosts) app.use('*', hostCheck(options.allowedHosts));
  app.use('/v1/*', collectorCors(options.allowedOrigins));
  app.use('/v1/*', async (c, next) => {
    await next();
    // Answers and acknowledgements are never for a cache to keep or replay.
    c.header('Cache-Control', 'no-store');
  });
  if (options.rateLimit !== false) app.use('/v1/*', rateLimit(options.rateLimit));

  const reads = readToken(options.readToken);
  app.post(EVENTS_PATH, receiveLimit, receiveRoute(options));
  app.get(EVENTS_PATH, reads, exportRoute(options.storage));
  app.get('/v1/summary', reads, summaryRoute(options.storage));
  app.get('/v1/model', reads, modelRoute());
  for (const [path, allow] of [
    [EVENTS_PATH, 'GET, HEAD, POST, OPTIONS'],
    ['/v1/summary', 'GET, HEAD, OPTIONS'],
    ['/v1/model', 'GET, HEAD, OPTIONS'],
  ] as const) {
    app.all(path, (c) => {
      c.header('Allow', allow);
      return c.json({ error: `${c.req.method} is not supported here` }, 405);
    });
  }
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error('[collector] unexpected failure', error);
    return c.json({ error: 'internal error; retry later' }, 500);
  });
  return app;
}
