import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Context, Hono } from 'hono';
import { compress } from 'hono/compress';

// `waypoint.js` keeps its name across releases, so it is cached briefly; a chunk's name holds
// its content hash, so it is cached for good.
const TAG_CACHE = 'public, max-age=300';
const CHUNK_CACHE = 'public, max-age=31536000, immutable';
const CHUNK = /^waypoint-[\w-]+\.[\w-]+\.js$/;

/**
 * The tag and its lazy chunks, mounted at `/`: `GET /waypoint.js` and `/waypoint-<name>.<hash>.js`
 * from `scriptDir`, compressed, with CORS for any origin (the chunks are module scripts, which a
 * page on another origin loads in CORS mode). Read on each request, so a rebuild shows at once.
 */
export function tagRoutes(scriptDir: string): Hono {
  const app = new Hono();
  app.use('*', compress());
  app.get('/waypoint.js', (c) => serveScript(c, scriptDir, 'waypoint.js', TAG_CACHE));
  app.get('/:file{waypoint-[\\w.-]+\\.js}', (c, next) => {
    const file = c.req.param('file');
    return CHUNK.test(file) ? serveScript(c, scriptDir, file, CHUNK_CACHE) : next();
  });
  return app;
}

async function serveScript(c: Context, dir: string, file: string, cache: string) {
  let body: Buffer;
  try {
    body = await readFile(join(dir, file));
  } catch {
    if (file !== 'waypoint.js') return c.notFound();
    const message = `${join(dir, file)} is missing: run npm run build in the waypoint-feedback package (npm run demo does it for you)\n`;
    console.error(`[collector] ${message.trim()}`);
    return c.text(message, 500);
  }
  c.header('Cache-Control', cache);
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  return c.body(new Uint8Array(body));
}
