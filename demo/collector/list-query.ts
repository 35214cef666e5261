import type { ListQuery } from './storage.ts';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/** The export's filters from a query string, or a message naming the bad parameter. */
export type ListQueryResult = { ok: true; query: ListQuery } | { ok: false; error: string };

/**
 * Reads `?type=`, `?since=` and `?limit=` for `GET /v1/events`. `limit` defaults to 100 and is
 * clamped to 1000; `since` takes any date the platform parses (`2026-11-01` or a full time).
 *
 * @example
 * parseListQuery(new URLSearchParams('type=waypoint.answer&limit=5'));
 * // → { ok: true, query: { type: 'waypoint.answer', limit: 5 } }
 */
export function parseListQuery(params: URLSearchParams): ListQueryResult {
  const query: ListQuery = { limit: DEFAULT_LIMIT };
  const type = params.get('type');
  if (type !== null && type !== '') query.type = type;

  const since = params.get('since');
  if (since !== null && since !== '') {
    const ms = Date.parse(since);
    if (!Number.isFinite(ms)) {
      return { ok: false, error: `since must be a date or ISO 8601 time, got "${since}"` };
    }
    query.since = new Date(ms).toISOString();
  }

  const limit = params.get('limit');
  if (limit !== null && limit !== '') {
    if (!/^\d+$/.test(limit) || Number(limit) < 1) {
      return {
        ok: false,
        error: `limit must be a whole number from 1 to ${MAX_LIMIT}, got "${limit}"`,
      };
    }
    query.limit = Math.min(Number(limit), MAX_LIMIT);
  }
  return { ok: true, query };
}
