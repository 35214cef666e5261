import { Hono } from 'hono';
import { installData } from '../install-data.ts';
import { anyToken } from '../middleware/admin-token.ts';
import type { CollectorOptions } from '../options.ts';
import { publicOrigin } from '../public-origin.ts';
import type { RefusedOrigins } from '../refused-origins.ts';
import { badSite, siteParam } from '../site-param.ts';
import { notAllowed } from './not-allowed.ts';

/**
 * `GET /v1/sites/:site/install` (read or admin token): the exact tag, the CSP sources, when an
 * event from the site last arrived, its newest config, and the origins refused lately.
 */
export function installRoutes(options: CollectorOptions, refused: RefusedOrigins): Hono {
  const app = new Hono();
  app.get('/', anyToken(options), async (c) => {
    const site = siteParam(c);
    if (site === undefined) return badSite(c);
    const [sites, latest] = await Promise.all([
      options.storage.sites(),
      options.storage.configVersion(site),
    ]);
    const data = installData({
      site,
      origin: publicOrigin(c, options),
      lastEventAt: sites.find((s) => s.site === site)?.lastReceived ?? null,
      config: latest,
      refused: refused.recent(),
    });
    return c.json(data);
  });
  app.all('/', notAllowed('GET, HEAD, OPTIONS'));
  return app;
}
