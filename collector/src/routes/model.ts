import { Hono } from 'hono';
import { DEFAULT_STAGES, QUALITIES, QUALITY_NAMES } from 'waypoint-feedback/wire';
import { readToken } from '../middleware/read-token.ts';
import type { CollectorOptions } from '../options.ts';
import { notAllowed } from './not-allowed.ts';

/**
 * `GET /v1/model` (read token): the qualities and stages the SDK knows, in their order, so the
 * dashboard draws from the same lists as the SDK instead of a hand copy.
 */
export function modelRoutes(options: CollectorOptions): Hono {
  const qualities = QUALITIES.map((id) => ({ id, name: QUALITY_NAMES[id] }));
  const body = { qualities, stages: [...DEFAULT_STAGES] };
  const app = new Hono();
  app.get('/', readToken(options.readToken), (c) => c.json(body));
  app.all('/', notAllowed('GET, HEAD, OPTIONS'));
  return app;
}
