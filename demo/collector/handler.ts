import type { IncomingMessage, ServerResponse } from 'node:http';
import { type RouteHandler, sendJson } from '../http/respond.ts';
import { answerPreflight, applyCors, type OriginAllowList } from './cors.ts';
import { parseListQuery } from './list-query.ts';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { readBody } from './read-body.ts';
import type { EventStore } from './storage.ts';
import { parseSummaryQuery } from './summary.ts';
import { LIMITS, parseBatch } from './validate.ts';

/** What the collector needs: somewhere to store events, and who may post from a browser. */
export interface CollectorOptions {
  /** Without `summarize`, `GET /v1/summary` is left to the next route. */
  store: Pick<EventStore, 'insertBatch' | 'list'> & Partial<Pick<EventStore, 'summarize'>>;
  /** Read on every request, so a set filled in after `listen()` (port 0) works. */
  allowedOrigins: OriginAllowList;
  /** Per-IP token bucket; 120 requests a minute by default, `false` to turn it off. */
  rateLimit?: RateLimitOptions | false;
}

export const EVENTS_PATH = '/v1/events';
export const SUMMARY_PATH = '/v1/summary';

// The CloudEvents batch type is what the SDK sends; text/plain is its page-hide form (no
// preflight possible while the page unloads); application/json is what a human tries first.
const BODY_TYPES = new Set([
  'application/cloudevents-batch+json',
  'application/json',
  'text/plain',
]);

/**
 * Creates the reference collector: `POST /v1/events` stores a CloudEvents batch (each id once,
 * answered 2xx only after the transaction committed), `GET /v1/events` exports them and
 * `GET /v1/summary` aggregates them for the dashboard.
 *
 * @example
 * const collector = createCollector({ store: openStore('events.db'), allowedOrigins: [origin] });
 * http.createServer((req, res) => collector(req, res) || notFound(res));
 */
export function createCollector(options: CollectorOptions): RouteHandler {
  const limit = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit);

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://collector.invalid');
    const summary = url.pathname === SUMMARY_PATH && options.store.summarize !== undefined;
    if (url.pathname !== EVENTS_PATH && !summary) return false;

    const originAllowed = applyCors(req, res, options.allowedOrigins);
    if (req.method === 'OPTIONS') {
      answerPreflight(res, originAllowed);
      return true;
    }
    if (summary && req.method !== 'GET') {
      sendJson(
        res,
        405,
        { error: `${req.method} is not supported here` },
        { Allow: 'GET, OPTIONS' },
      );
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'POST') {
      sendJson(
        res,
        405,
        { error: `${req.method} is not supported here` },
        { Allow: 'GET, POST, OPTIONS' },
      );
      return true;
    }
    // The socket address, not X-Forwarded-For: a header is the client's to forge.
    const decision = limit?.(req.socket.remoteAddress ?? 'unknown');
    if (decision !== undefined && !decision.allowed) {
      const error = `too many requests; retry after ${decision.retryAfter} s`;
      sendJson(res, 429, { error }, { 'Retry-After': decision.retryAfter });
      return true;
    }
    if (summary) {
      sendSummary(url, options, res);
      return true;
    }
    if (req.method === 'GET') {
      exportEvents(url, options, res);
      return true;
    }
    if (!originAllowed) {
      // A text/plain POST needs no preflight, so the allow-list must be enforced here too.
      sendJson(res, 403, { error: `origin ${req.headers.origin} may not post events here` });
      return true;
    }
    receive(req, res, options).catch((error: unknown) => {
      console.error('[collector] unexpected failure', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error; retry later' });
    });
    return true;
  };
}

async function receive(
  req: IncomingMessage,
  res: ServerResponse,
  options: CollectorOptions,
): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!BODY_TYPES.has(type)) {
    const expected = [...BODY_TYPES].join(', ');
    sendJson(res, 415, { error: `Content-Type must be one of ${expected}; got "${type}"` });
    return;
  }

  const body = await readBody(req, LIMITS.bytes);
  if (!body.ok) {
    if (body.reason === 'too-large') {
      const error = `body is over ${LIMITS.bytes} bytes; send at most ${LIMITS.events} events and 64 KB per batch`;
      sendJson(res, 413, { error });
    } else if (body.reason === 'not-utf8') {
      sendJson(res, 400, { error: 'body is not valid UTF-8' });
    }
    return;
  }

  const batch = parseBatch(body.text);
  if (!batch.ok) {
    sendJson(res, batch.status, { error: batch.error });
    return;
  }

  let counts: ReturnType<CollectorOptions['store']['insertBatch']>;
  try {
    counts = options.store.insertBatch(batch.events);
  } catch (error) {
    // Nothing was committed, so no 2xx: the widget keeps the batch and retries (5xx).
    console.error('[collector] could not store a batch', error);
    sendJson(res, 503, { error: 'could not store the batch; retry later' }, { 'Retry-After': 5 });
    return;
  }
  sendJson(res, 200, counts);
}

function exportEvents(url: URL, options: CollectorOptions, res: ServerResponse): void {
  const parsed = parseListQuery(url.searchParams);
  if (!parsed.ok) {
    sendJson(res, 400, { error: parsed.error });
    return;
  }
  sendJson(res, 200, options.store.list(parsed.query));
}

function sendSummary(url: URL, options: CollectorOptions, res: ServerResponse): void {
  const parsed = parseSummaryQuery(url.searchParams);
  if (!parsed.ok) {
    sendJson(res, 400, { error: parsed.error });
    return;
  }
  sendJson(res, 200, options.store.summarize?.(parsed.query));
}
