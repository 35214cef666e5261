import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { toCsv } from '../csv.ts';
import { parseExportParams } from '../export-params.ts';
import { formatCursor } from '../export-query.ts';
import { originAllowed } from '../middleware/cors.ts';
import { readToken } from '../middleware/read-token.ts';
import { refusalLog } from '../middleware/refusal-log.ts';
import type { CollectorOptions } from '../options.ts';
import type { EventStorage } from '../storage.ts';
import { LIMITS, parseBatch } from '../validate.ts';
import { notAllowed } from './not-allowed.ts';

/**
 * The events resource, mounted at `/v1/events`: `POST` takes a batch from allowed origins,
 * `GET` (read token) exports what was stored, as JSON or CSV.
 */
export function eventsRoutes(options: CollectorOptions): Hono {
  const app = new Hono();
  app.post('/', receiveLimit, receiveRoute(options));
  app.get('/', readToken(options.readToken), exportRoute(options.storage));
  app.all('/', notAllowed('GET, HEAD, POST, OPTIONS'));
  return app;
}

// The CloudEvents batch type is what the SDK sends; text/plain is its page-hide form (no
// preflight possible while the page unloads); application/json is what a human tries first.
const BODY_TYPES = new Set([
  'application/cloudevents-batch+json',
  'application/json',
  'text/plain',
]);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * hono's body limit for `POST /v1/events`: it counts the bytes as they stream in, so neither
 * a false Content-Length nor a chunked body gets past 64 KB into memory.
 */
const receiveLimit = bodyLimit({
  maxSize: LIMITS.bytes,
  // The rest of the body is never read, so this connection cannot carry another request.
  onError: (c) =>
    c.json(
      {
        error: `body is over ${LIMITS.bytes} bytes; send at most ${LIMITS.events} events and 64 KB per batch`,
      },
      413,
      { Connection: 'close' },
    ),
});

/**
 * `POST /v1/events`: checks the origin, the media type and the batch, then stores it and
 * answers 200 `{ accepted, duplicates }` only after the transaction committed. Bad input is a
 * 4xx naming the problem; a storage failure is a 503 with `Retry-After`, so the SDK keeps the
 * batch and sends it again (the store deduplicates).
 */
function receiveRoute(options: CollectorOptions) {
  const logRefusal = refusalLog(options.log ?? console.warn, options.now);
  return async (c: Context) => {
    const origin = c.req.header('origin');
    if (!originAllowed(options.allowedOrigins, origin)) {
      logRefusal(origin as string);
      // A text/plain POST needs no preflight, so the allow-list is enforced here. The CORS
      // headers are already set, so the page can read this 403 and the SDK pauses.
      return c.json({ error: `origin ${origin} may not post events here` }, 403);
    }
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!BODY_TYPES.has(type)) {
      const expected = [...BODY_TYPES].join(', ');
      return c.json({ error: `Content-Type must be one of ${expected}; got "${type}"` }, 415);
    }
    let text: string;
    try {
      text = UTF8.decode(await c.req.arrayBuffer());
    } catch {
      return c.json({ error: 'body is not valid UTF-8' }, 400);
    }
    const batch = parseBatch(text);
    if (!batch.ok) return c.json({ error: batch.error }, batch.status);
    try {
      const result = await options.storage.insertBatch(batch.events);
      if (result.accepted > 0) options.onStored?.();
      return c.json(result, 200);
    } catch (error) {
      // Nothing was committed, so no 2xx: the widget keeps the batch and retries.
      console.error('[collector] could not store a batch', error);
      c.header('Retry-After', '5');
      return c.json({ error: 'could not store the batch; retry later' }, 503);
    }
  };
}

/**
 * `GET /v1/events`: stored events, newest stored first, as a JSON array of CloudEvents (or CSV
 * with `?format=csv`). When more remain, `Link: <…&cursor=…>; rel="next"` (RFC 8288) points at
 * the next page; following it never skips or repeats an event, even while others arrive.
 */
function exportRoute(storage: EventStorage) {
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
