import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request handler that answers only the requests it recognises and says so by returning true. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Ends a response with a JSON body.
 *
 * @example
 * sendJson(res, 400, { error: 'event 2: "time" must be …' });
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | number> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    // Exports and acks reflect the database at this instant; no cache may replay them.
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Ends a response with a plain-text body, for humans reading it in a browser or curl. */
export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string | number> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
