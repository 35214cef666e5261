import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * Reads (`GET /v1/events`, `/v1/summary`, `/v1/model`) need `Authorization: Bearer <token>`:
 * they hold answers, visitor ids and user traits. Without a configured token, reads are off.
 *
 * @example
 * app.get('/v1/summary', readToken(process.env.READ_TOKEN), summaryRoute);
 */
export function readToken(token: string | undefined): MiddlewareHandler {
  const expected = token === undefined ? undefined : Buffer.from(token);
  return async (c, next) => {
    if (expected === undefined) {
      return c.json(
        { error: 'reads are turned off: start the collector with READ_TOKEN set' },
        403,
      );
    }
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer realm="waypoint"');
      return c.json({ error: 'reading needs the read token: Authorization: Bearer <token>' }, 401);
    }
    const given = Buffer.from(match[1] as string);
    // Constant time, so the answer's timing does not reveal how much of a guess was right.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="waypoint", error="invalid_token"');
      return c.json({ error: 'the read token is not valid' }, 401);
    }
    await next();
  };
}
