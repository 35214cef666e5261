import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { collectorCors } from './middleware/cors.ts';
import { hostCheck } from './middleware/host-check.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { type CollectorOptions, EVENTS_PATH } from './options.ts';
import { sdkScriptDir } from './paths.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { eventsRoutes } from './routes/events.ts';
import { modelRoutes } from './routes/model.ts';
import { sitesRoutes } from './routes/sites.ts';
import { summaryRoutes } from './routes/summary.ts';
import { tagRoutes } from './routes/tag.ts';

/**
 * The collector as a Hono app, one sub-app per resource: the tag (`/waypoint.js` and its
 * chunks), `POST /v1/events` (open to allowed origins), the private reads `GET /v1/events`
 * (JSON or CSV export), `GET /v1/summary`, `GET /v1/model` and `GET /v1/sites`, and the dashboard at
 * `/dashboard`. Mount it in a server of your own with `app.route('/', createCollectorApp(…))`,
 * or run `npx waypoint-collector`.
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

  app.route(EVENTS_PATH, eventsRoutes(options));
  app.route('/v1/summary', summaryRoutes(options));
  app.route('/v1/model', modelRoutes(options));
  app.route('/v1/sites', sitesRoutes(options));
  app.route('/', tagRoutes(options.scriptDir ?? sdkScriptDir()));
  app.route('/dashboard', dashboardRoutes());
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error('[collector] unexpected failure', error);
    return c.json({ error: 'internal error; retry later' }, 500);
  });
  return app;
}
