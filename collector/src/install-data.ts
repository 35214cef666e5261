import type { ConfigVersionInfo } from './config-versions.ts';
import { EVENTS_PATH } from './options.ts';
import type { RefusedOrigin } from './refused-origins.ts';

/** What the install page shows for one site. */
export interface InstallData {
  site: string;
  /** The tag to paste into every page, as one line of HTML. */
  tag: string;
  /** The Content-Security-Policy sources the site's pages need for the collector. */
  csp: string[];
  /** When the collector last stored an event from the site (ISO 8601); null: never. */
  lastEventAt: string | null;
  /** The newest published config, without its document; null: none yet. */
  config: Omit<ConfigVersionInfo, 'site'> | null;
  /** Origins whose events were refused lately (all sites: a refusal is before the body). */
  refusedOrigins: (RefusedOrigin & { fix: string })[];
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The install page's data for `site` on the collector at `origin`. The tag carries
 * `data-endpoint` too: today's SDK takes the endpoint only from the tag or the config.
 *
 * @example
 * installData({ site: 'shop', origin: 'https://feedback.example', lastEventAt: null, … }).tag;
 */
export function installData(i: {
  site: string;
  origin: string;
  lastEventAt: string | null;
  config: ConfigVersionInfo | undefined;
  refused: RefusedOrigin[];
}): InstallData {
  const { origin, site } = i;
  const attrs = [
    `src="${attribute(`${origin}/waypoint.js`)}"`,
    `data-site="${attribute(site)}"`,
    `data-endpoint="${attribute(`${origin}${EVENTS_PATH}`)}"`,
    `data-config="${attribute(`${origin}/v1/config/${site}`)}"`,
  ];
  const c = i.config;
  return {
    site,
    tag: `<script async ${attrs.join(' ')}></script>`,
    csp: [`script-src ${origin}`, `connect-src ${origin}`],
    lastEventAt: i.lastEventAt,
    config: c
      ? {
          version: c.version,
          author: c.author,
          message: c.message,
          publishedAt: c.publishedAt,
          schemaVersion: c.schemaVersion,
        }
      : null,
    refusedOrigins: i.refused.map((r) => ({
      ...r,
      fix: `events from ${r.origin} were refused: add it to ALLOWED_ORIGINS`,
    })),
  };
}
