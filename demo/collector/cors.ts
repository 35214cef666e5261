import type { IncomingMessage, ServerResponse } from 'node:http';

/** Exact origins (`scheme://host:port`) that may post to the collector from a browser. */
export type OriginAllowList = ReadonlySet<string> | readonly string[];

// Browsers cap preflight caching (Chromium at 2 hours); asking for more buys nothing.
const PREFLIGHT_MAX_AGE = 7200;

/**
 * Sets the CORS response headers for a request and tells whether its origin may use the
 * collector. A request without `Origin` (curl, another server) is not a cross-site browser
 * request, so the allow-list does not apply to it.
 *
 * @example
 * if (!applyCors(req, res, ['https://shop.example'])) sendJson(res, 403, { error: '…' });
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: OriginAllowList,
): boolean {
  // The answer differs per Origin, so shared caches must key on it.
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (!isAllowed(allowed, origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  return true;
}

/** Answers an `OPTIONS` preflight: 204 with the permissions for an allowed origin, else 403. */
export function answerPreflight(res: ServerResponse, originAllowed: boolean): void {
  if (!originAllowed) {
    res.writeHead(403, { 'Content-Length': 0 });
    res.end();
    return;
  }
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'POST',
    // `application/cloudevents-batch+json` is not a CORS-safelisted type, hence the preflight.
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
    'Content-Length': 0,
  });
  res.end();
}

function isAllowed(allowed: OriginAllowList, origin: string): boolean {
  return 'has' in allowed ? allowed.has(origin) : allowed.includes(origin);
}
