import { Hono } from 'hono';
import { readToken } from '../middleware/read-token.ts';
import type { CollectorOptions } from '../options.ts';
import { notAllowed } from './not-allowed.ts';

/**
 * `GET /v1/sites` (read token): every site the collector has stored events from, with when
 * the last one arrived, so the dashboard names the site and offers a filter without a config.
 */
export function sitesRoutes(options: CollectorOptions): Hono {
  const app = new Hono();
  app.get('/', readToken(options.readToken), async (c) =>
    c.json({ sites: await options.storage.sites() }),
  );
  app.all('/', notAllowed('GET, HEAD, OPTIONS'));
  return app;
}
