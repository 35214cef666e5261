import type { Context } from 'hono';
import { QUALITIES, QUALITY_NAMES } from '../../../src/model/qualities.ts';
import { DEFAULT_STAGES } from '../../../src/model/stages.ts';
import type { EventStorage } from '../storage.ts';
import { parseSummaryQuery } from '../summary.ts';

/** `GET /v1/summary?from=&to=&site=`: the dashboard's aggregates for whole UTC days. */
export function summaryRoute(storage: EventStorage) {
  return async (c: Context) => {
    const parsed = parseSummaryQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    return c.json(await storage.summarize(parsed.query));
  };
}

/**
 * `GET /v1/model`: the qualities and stages the SDK knows, in their order, so the dashboard
 * draws from the same lists as the SDK instead of a hand copy.
 */
export function modelRoute() {
  const qualities = QUALITIES.map((id) => ({ id, name: QUALITY_NAMES[id] }));
  const body = { qualities, stages: [...DEFAULT_STAGES] };
  return (c: Context) => c.json(body);
}
