import type { Context } from 'hono';

/** A 405 with `Allow`, for the methods a resource does not answer. */
export function notAllowed(allow: string) {
  return (c: Context) => {
    c.header('Allow', allow);
    return c.json({ error: `${c.req.method} is not supported here` }, 405);
  };
}
