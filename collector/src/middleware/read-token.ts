import type { MiddlewareHandler } from 'hono';
import { bearerOf, sameToken, unauthorized } from './bearer.ts';

/**
 * Reads (`GET /v1/events`, `/v1/summary`, `/v1/model`) need `Authorization: Bearer <token>`:
 * they hold answers, visitor ids and user traits. Without a configured token, reads are off.
 *
 * @example
 * app.get('/v1/summary', readToken(process.env.READ_TOKEN), summaryRoute);
 */
export function readToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined) {
      return c.json(
        { error: 'reads are turned off: start the collector with READ_TOKEN set' },
        403,
      );
    }
    const given = bearerOf(c);
    if (given !== undefined && sameToken(given, token)) return next();
    return unauthorized(c, given, 'reading needs the read token');
  };
}
