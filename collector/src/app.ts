import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { collectorCors } from './middleware/cors.ts';
import { hostCheck } from './middleware/host-check.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { type CollectorOptions, EVENTS_PATH } from './options.ts';
import { sdkScriptDir } from './paths.ts';
import { refusedOrigins } from './refused-origins.ts';
import { configRoutes } from './routes/config.ts';
import { consoleRoutes } from './routes/console.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { eventsRoutes } from './routes/events.ts';
import { installRoutes } from './routes/install.ts';
import { modelRoutes } from './routes/model.ts';
import { siteConfigRoutes } from './routes/site-configs.ts';
import { sitesRoutes } from './routes/sites.ts';
import { summaryRoutes } from './routes/summary.ts';
import { tagRoutes } from './routes/tag.ts';

/**
 * The collector as a Hono app, one sub-app per resource: the tag (`/waypoint.js` and its
 * chunks), `POST /v1/events` (open to allowed origins), the private reads `GET /v1/events`
 * (JSON or CSV export), `GET /v1/summary`, `GET /v1/model` and `GET /v1/sites`, the public
 * `GET /v1/config/:site`, the admin's `/v1/sites/:site/configs` (publish, history, rollback),
 * `GET /v1/sites/:site/install`, the dashboard at `/dashboard` and the console at `/console`. Mount it in a server of your own with `app.route('/', createCollectorApp(…))`,
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
    // Answers and acknowledgements are never for a cache to keep or replay; only a route
    // that says otherwise (the public config) may be cached.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  if (options.rateLimit !== false) app.use('/v1/*', rateLimit(options.rateLimit));

  const refused = refusedOrigins(options.now);
  app.route(EVENTS_PATH, eventsRoutes(options, refused));
  app.route('/v1/summary', summaryRoutes(options));
  app.route('/v1/model', modelRoutes(options));
  app.route('/v1/sites', sitesRoutes(options));
  app.route('/v1/sites/:site/configs', siteConfigRoutes(options));
  app.route('/v1/sites/:site/install', installRoutes(options, refused));
  app.route('/v1/config', configRoutes(options));
  const scriptDir = options.scriptDir ?? sdkScriptDir();
  app.route('/', tagRoutes(scriptDir));
  app.route('/dashboard', dashboardRoutes());
  app.route('/console', consoleRoutes(scriptDir));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error('[collector] unexpected failure', error);
    return c.json({ error: 'internal error; retry later' }, 500);
  });
  return app;
}
