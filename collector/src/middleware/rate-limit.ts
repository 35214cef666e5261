import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { type RateLimitInfo, rateLimiter } from 'hono-rate-limiter';

/** Requests per client address per window; 120 a minute by default. */
export interface RateLimitOptions {
  limit?: number;
  windowMs?: number;
}

/**
 * hono-rate-limiter, keyed on the socket address (a header such as X-Forwarded-For is the
 * client's to forge; behind a proxy, limit there). A 429 carries `Retry-After` in seconds,
 * which the SDK honours as a pause for its whole queue.
 *
 * @example
 * app.use('/v1/*', rateLimit({ limit: 120, windowMs: 60_000 }));
 */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler {
  const limit = options.limit ?? 120;
  const windowMs = options.windowMs ?? 60_000;
  return rateLimiter({
    limit,
    windowMs,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => getConnInfo(c).remote.address ?? 'unknown',
    // The library has set Retry-After (standardHeaders) before calling this.
    handler: (c) => {
      const reset = (c.get('rateLimit') as RateLimitInfo | undefined)?.resetTime;
      const after = Math.max(1, Math.ceil(((reset?.getTime() ?? 0) - Date.now()) / 1000));
      const error = `too many requests: at most ${limit} per ${windowMs / 1000} s; retry after ${after} s`;
      return c.json({ error }, 429);
    },
  });
}
