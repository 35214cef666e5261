import { Hono } from 'hono';
import { configEtag, noneMatch } from '../etag.ts';
import type { CollectorOptions } from '../options.ts';
import { badSite, siteParam } from '../site-param.ts';
import { notAllowed } from './not-allowed.ts';

/** Browsers and CDNs keep a config a minute, then may serve it stale while they revalidate. */
export const CONFIG_CACHE = 'max-age=60, stale-while-revalidate=600';
/** The response header naming the `waypoint-feedback` version whose schema the config passed. */
export const SCHEMA_HEADER = 'Waypoint-Config-Schema';

/**
 * `GET /v1/config/:site` (public, any origin: a config holds no secret): the site's newest
 * published config, the `data-config` document, with a strong `ETag`, a short cache life, and
 * `Waypoint-Config-Schema`. `If-None-Match` naming the current tag gets a 304.
 */
export function configRoutes(options: CollectorOptions): Hono {
  const app = new Hono();
  app.get('/:site', async (c) => {
    const site = siteParam(c);
    if (site === undefined) return badSite(c);
    const latest = await options.storage.configVersion(site);
    if (latest === undefined) {
      return c.json({ error: `no config is published for site "${site}"` }, 404);
    }
    const body = JSON.stringify(latest.config);
    const etag = configEtag(latest.version, body);
    c.header('ETag', etag);
    c.header('Cache-Control', CONFIG_CACHE);
    c.header(SCHEMA_HEADER, latest.schemaVersion);
    if (noneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
  app.all('/:site', notAllowed('GET, HEAD, OPTIONS'));
  return app;
}
