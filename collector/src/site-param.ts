import type { Context } from 'hono';

// The SDK's own rule for a site id (its config schema's `site`).
const SITE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * The `:site` of the request when it is a site id the SDK would accept; otherwise undefined,
 * and the route answers {@link badSite}.
 */
export function siteParam(c: Context): string | undefined {
  const site = c.req.param('site') ?? '';
  return SITE.test(site) ? site : undefined;
}

/** The 400 for a `:site` no SDK could send. */
export function badSite(c: Context) {
  return c.json({ error: 'site must be 1–64 letters, digits, "-", "_" or "."' }, 400);
}
