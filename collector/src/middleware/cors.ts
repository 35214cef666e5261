import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** Exact origins (`scheme://host:port`) that may post events from a browser. */
export type OriginAllowList = ReadonlySet<string> | readonly string[];

// Browsers cap preflight caching (Chromium at 2 hours); asking for more buys nothing.
const PREFLIGHT_MAX_AGE = 7200;

/** True when a browser page at `origin` may post events (`null` never may). */
export function originAllowed(allowed: OriginAllowList, origin: string | undefined): boolean {
  if (origin === undefined) return true; // curl, another server: not a cross-site page
  return 'has' in allowed ? allowed.has(origin) : allowed.includes(origin);
}

/**
 * CORS for `/v1/*` with hono's middleware. For event posts every origin is answered with CORS
 * headers, so a refused page can *read* the 403 that follows and the SDK pauses instead of
 * retrying a network error forever; the refusal itself is the route's. Reads are granted to
 * allowed origins only. `Retry-After` and the export's `Link` are exposed to scripts.
 *
 * @example
 * app.use('/v1/*', collectorCors(origins));
 */
export function collectorCors(allowed: OriginAllowList): MiddlewareHandler {
  return cors({
    origin: (origin: string, c: Context) =>
      isEventPost(c) || originAllowed(allowed, origin) ? origin : null,
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    // `application/cloudevents-batch+json` is not CORS-safelisted, hence the preflight.
    allowHeaders: ['Content-Type', 'Authorization'],
    exposeHeaders: ['Retry-After', 'Link'],
    maxAge: PREFLIGHT_MAX_AGE,
  });
}

function isEventPost(c: Context): boolean {
  const method =
    c.req.method === 'OPTIONS' ? c.req.header('access-control-request-method') : c.req.method;
  return c.req.path === '/v1/events' && method === 'POST';
}
