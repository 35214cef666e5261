import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CollectorOptions } from '../app.ts';
import { originAllowed } from '../middleware/cors.ts';
import { refusalLog } from '../middleware/refusal-log.ts';
import { LIMITS, parseBatch } from '../validate.ts';

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
export const receiveLimit = bodyLimit({
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
export function receiveRoute(options: CollectorOptions) {
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
