import { Hono } from 'hono';
import { parseCellQuery } from '../cell-answers.ts';
import { readToken } from '../middleware/read-token.ts';
import type { CollectorOptions } from '../options.ts';
import { parseSummaryQuery } from '../summary.ts';
import { notAllowed } from './not-allowed.ts';

/**
 * The dashboard's reads (read token), for whole UTC days (`from`, `to`) and optionally one
 * `site` and `stage`: `GET /v1/summary` (the aggregates), `GET /v1/summary/cell?quality=…`
 * (one cell's answers and words; `term=` keeps the words using it) and `GET /v1/summary/words`
 * (each quality's most used terms).
 */
export function summaryRoutes(options: CollectorOptions): Hono {
  const app = new Hono();
  const allowed = notAllowed('GET, HEAD, OPTIONS');
  app.get('/', readToken(options.readToken), async (c) => {
    const parsed = parseSummaryQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    return c.json(await options.storage.summarize(parsed.query));
  });
  app.get('/cell', readToken(options.readToken), async (c) => {
    const parsed = parseCellQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    return c.json(await options.storage.cellAnswers(parsed.query));
  });
  app.get('/words', readToken(options.readToken), async (c) => {
    const parsed = parseSummaryQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    return c.json(await options.storage.words(parsed.query));
  });
  for (const path of ['/', '/cell', '/words']) app.all(path, allowed);
  return app;
}
