import type { MiddlewareHandler } from 'hono';

/** Host names (no port) this server answers to; read on every request. */
export type HostAllowList = ReadonlySet<string> | readonly string[];

/**
 * Refuses a request whose `Host` is not ours, with 421 Misdirected Request. This defeats DNS
 * rebinding: a page on `evil.example` that re-points its name at 127.0.0.1 still sends
 * `Host: evil.example`, so it never reads the collector's answers.
 *
 * @example
 * app.use(hostCheck(['localhost', '127.0.0.1', 'feedback.example.com']));
 */
export function hostCheck(allowed: HostAllowList): MiddlewareHandler {
  return async (c, next) => {
    const host = hostnameOf(c.req.header('host') ?? '');
    const known = 'has' in allowed ? allowed.has(host) : allowed.includes(host);
    if (!known) {
      return c.json(
        { error: `Host "${host}" is not served here; add it to ALLOWED_HOSTS if it is yours` },
        421,
      );
    }
    await next();
  };
}

/** `example.com:8080` → `example.com`, `[::1]:80` → `::1`, lower-cased. */
export function hostnameOf(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']'));
  const colon = value.lastIndexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}
