import type { Context } from 'hono';
import type { CollectorOptions } from './options.ts';

/**
 * The collector's origin as the site's pages reach it: `PUBLIC_URL` when set (behind a proxy
 * the request's own origin is the proxy's inside view), else the origin the request came to.
 */
export function publicOrigin(c: Context, options: Pick<CollectorOptions, 'publicUrl'>): string {
  return (options.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}
