import { Hono } from 'hono';
import { readToken } from '../middleware/read-token.ts';
import type { CollectorOptions } from '../options.ts';
import { parseSummaryQuery } from '../summary.ts';
import { notAllowed } from './not-allowed.ts';

/** `GET /v1/summary?from=&to=&site=&stage=` (read token): the dashboard's aggregates for whole UTC days. */
export function summaryRoutes(options: CollectorOptions): Hono {
  const app = new Hono();
  app.get('/', readToken(options.readToken), async (c) => {
    const parsed = parseSummaryQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    return c.json(await options.storage.summarize(parsed.query));
  });
  app.all('/', notAllowed('GET, HEAD, OPTIONS'));
  return app;
}
