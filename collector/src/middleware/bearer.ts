import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';

/** The token of `Authorization: Bearer <token>`, or undefined when there is none. */
export function bearerOf(c: Context): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
}

/** Constant time, so the answer's timing does not reveal how much of a guess was right. */
export function sameToken(given: string, expected: string | undefined): boolean {
  if (expected === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The 401 for a request with no token, or one that is not valid. */
export function unauthorized(c: Context, given: string | undefined, need: string) {
  if (given === undefined) {
    c.header('WWW-Authenticate', 'Bearer realm="waypoint"');
    return c.json({ error: `${need}: Authorization: Bearer <token>` }, 401);
  }
  c.header('WWW-Authenticate', 'Bearer realm="waypoint", error="invalid_token"');
  return c.json({ error: 'the token is not valid' }, 401);
}
