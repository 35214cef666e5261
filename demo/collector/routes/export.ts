import type { Context } from 'hono';
import { toCsv } from '../csv.ts';
import { parseExportParams } from '../export-params.ts';
import { formatCursor } from '../export-query.ts';
import type { EventStorage } from '../storage.ts';

/**
 * `GET /v1/events`: stored events, newest stored first, as a JSON array of CloudEvents (or CSV
 * with `?format=csv`). When more remain, `Link: <…&cursor=…>; rel="next"` (RFC 8288) points at
 * the next page; following it never skips or repeats an event, even while others arrive.
 */
export function exportRoute(storage: EventStorage) {
  return async (c: Context) => {
    const url = new URL(c.req.url);
    const parsed = parseExportParams(url.searchParams);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    const page = await storage.exportPage(parsed.query);
    if (page.next !== undefined) {
      const next = new URLSearchParams(url.searchParams);
      next.set('cursor', formatCursor(page.next));
      c.header('Link', `<${url.pathname}?${next}>; rel="next"`);
    }
    if (parsed.format === 'json') return c.json(page.events);
    c.header('Content-Disposition', 'attachment; filename="waypoint-events.csv"');
    return c.body(toCsv(page.events), 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
    });
  };
}
