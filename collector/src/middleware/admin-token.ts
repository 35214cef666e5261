import type { MiddlewareHandler } from 'hono';
import { bearerOf, sameToken, unauthorized } from './bearer.ts';

/** The two tokens: reading answers, and changing what the collector serves. */
export interface Tokens {
  readToken?: string | undefined;
  adminToken?: string | undefined;
}

/**
 * Writes (publishing, rollback) and the config history need `Authorization: Bearer
 * <ADMIN_TOKEN>`. The read token is known but not enough (403); no token or a wrong one is a
 * 401; without an ADMIN_TOKEN configured, publishing is off (403 saying so).
 *
 * @example
 * app.post('/v1/sites/:site/configs', adminToken(options), publish);
 */
export function adminToken(tokens: Tokens): MiddlewareHandler {
  return async (c, next) => {
    if (tokens.adminToken === undefined) {
      return c.json(
        { error: 'publishing is turned off: start the collector with ADMIN_TOKEN set' },
        403,
      );
    }
    const given = bearerOf(c);
    if (given !== undefined && sameToken(given, tokens.adminToken)) return next();
    if (given !== undefined && sameToken(given, tokens.readToken)) {
      return c.json({ error: 'the read token cannot change configs: use the ADMIN_TOKEN' }, 403);
    }
    return unauthorized(c, given, 'this needs the admin token');
  };
}

/**
 * Pages for the site owner that change nothing (the install data) take either token; with
 * neither configured they are off.
 */
export function anyToken(tokens: Tokens): MiddlewareHandler {
  return async (c, next) => {
    if (tokens.adminToken === undefined && tokens.readToken === undefined) {
      return c.json({ error: 'start the collector with READ_TOKEN or ADMIN_TOKEN set' }, 403);
    }
    const given = bearerOf(c);
    const known =
      given !== undefined &&
      (sameToken(given, tokens.adminToken) || sameToken(given, tokens.readToken));
    return known ? next() : unauthorized(c, given, 'this needs the read or admin token');
  };
}
