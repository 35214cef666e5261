import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';

// Only the build's scripts and their maps, one level deep: `dist/` also holds type
// declarations and the npm entry, which a page has no business fetching.
const SCRIPT = /^\/([\w.-]+\.js(?:\.map)?)$/;

/**
 * Serves every `.js` and `.js.map` file of the build folder at `/<file>`: the script tag
 * `waypoint.js` and the chunks it loads lazily (`waypoint-ui.js`, hashed names too), read on
 * each request (`Cache-Control: no-cache`) so a rebuild shows without a restart. A missing
 * `waypoint.js` is a 500 that says to build.
 *
 * @example
 * app.use('*', distFiles(resolve('dist')));
 */
export function distFiles(distDir: string): MiddlewareHandler {
  return async (c, next) => {
    const match = SCRIPT.exec(c.req.path);
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || !match) return next();
    const file = join(distDir, match[1] as string);
    if (!existsSync(file)) return missing(c, match[1] as string, distDir, next);
    c.header('Cache-Control', 'no-cache');
    return serveStatic({ path: file })(c, next);
  };
}

async function missing(c: Context, name: string, distDir: string, next: () => Promise<void>) {
  if (name !== 'waypoint.js') return next();
  const message = `${join(distDir, name)} is missing: run npm run build (npm run demo does it for you)\n`;
  console.error(`[demo] ${message.trim()}`);
  return c.text(message, 500);
}
