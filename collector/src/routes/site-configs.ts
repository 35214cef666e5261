import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { checkPublishedConfig, SCHEMA_VERSION } from '../config-check.ts';
import { adminToken } from '../middleware/admin-token.ts';
import type { CollectorOptions } from '../options.ts';
import { publicOrigin } from '../public-origin.ts';
import { parsePublishBody, parseRollbackAuthor } from '../publish-body.ts';
import { badSite, siteParam } from '../site-param.ts';
import { notAllowed } from './not-allowed.ts';

// A config is a few KB; a megabyte leaves room for a large one and still bounds the memory.
const MAX_BODY = 1024 * 1024;

/**
 * A site's config versions, mounted at `/v1/sites/:site/configs`, all behind the admin token:
 * `POST /` publishes (422 with the problems by path when the SDK's schema refuses it), `GET /`
 * lists the history newest first (without documents), `GET /:version` gives one with its
 * document, and `POST /:version/rollback` publishes that version's document again.
 */
export function siteConfigRoutes(options: CollectorOptions): Hono {
  const app = new Hono();
  const limit = bodyLimit({
    maxSize: MAX_BODY,
    onError: (c) => c.json({ error: `body is over ${MAX_BODY} bytes` }, 413),
  });
  app.use('*', adminToken(options));

  app.post('/', limit, async (c) => {
    const site = siteParam(c);
    if (site === undefined) return badSite(c);
    const input = await jsonBody(c);
    if (input === NOT_JSON) return c.json({ error: 'the body is not JSON' }, 400);
    const parsed = parsePublishBody(input);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    const { config, message, author } = parsed.body;
    return publish(c, options, site, config, message, author);
  });

  app.get('/', async (c) => {
    const site = siteParam(c);
    if (site === undefined) return badSite(c);
    return c.json({ site, versions: await options.storage.configVersions(site) });
  });

  app.get('/:version{[0-9]+}', async (c) => {
    const site = siteParam(c);
    if (site === undefined) return badSite(c);
    const found = await options.storage.configVersion(site, Number(c.req.param('version')));
    return found ? c.json(found) : noVersion(c, site);
  });

  app.post('/:version{[0-9]+}/rollback', limit, async (c) => {
    const site = siteParam(c);
    if (site === undefined) return badSite(c);
    const number = Number(c.req.param('version'));
    const found = await options.storage.configVersion(site, number);
    if (!found) return noVersion(c, site);
    const author = parseRollbackAuthor(await jsonBody(c)) ?? 'admin';
    return publish(c, options, site, found.config, `rollback to v${number}`, author);
  });

  app.all('/', notAllowed('GET, HEAD, POST, OPTIONS'));
  app.all('/:version{[0-9]+}', notAllowed('GET, HEAD, OPTIONS'));
  app.all('/:version{[0-9]+}/rollback', notAllowed('POST, OPTIONS'));
  return app;
}

/**
 * Checks `config` with the SDK's schema (a rollback too: the schema may have changed since),
 * then stores it as the site's next version; 201 with the version, or 422 and nothing stored.
 */
async function publish(
  c: Context,
  options: CollectorOptions,
  site: string,
  config: unknown,
  message: string,
  author: string,
) {
  const problems = checkPublishedConfig(config, site, publicOrigin(c, options));
  if (problems.length > 0) {
    const error = `the config has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published`;
    return c.json({ error, problems }, 422);
  }
  const next = { config: config as Record<string, unknown>, message, author };
  const version = await options.storage.publishConfig(site, {
    ...next,
    schemaVersion: SCHEMA_VERSION,
  });
  c.header('Location', `/v1/sites/${site}/configs/${version.version}`);
  return c.json(version, 201);
}

const NOT_JSON = Symbol('not JSON');

/** The body as JSON; undefined when it is empty, {@link NOT_JSON} when it is not JSON. */
async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

function noVersion(c: Context, site: string) {
  return c.json({ error: `site "${site}" has no config version ${c.req.param('version')}` }, 404);
}
