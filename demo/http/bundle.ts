import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { contentTypeFor } from './content-types.ts';
import { type RouteHandler, sendText } from './respond.ts';

/**
 * Serves the built script-tag bundle at `/waypoint.js` (and its source map when there is one),
 * read on every request so a rebuild shows without restarting the demo.
 *
 * @example
 * const bundle = createBundleHandler('/abs/dist/waypoint.js');
 */
export function createBundleHandler(bundlePath: string): RouteHandler {
  const name = basename(bundlePath);
  const mapPath = join(dirname(bundlePath), `${name}.map`);

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    // The core's lazy chunks sit beside it: /waypoint-<chunk>.<hash>.js.
    const chunk = /^\/waypoint-[\w.-]+\.js$/.test(pathname);
    if (pathname !== `/${name}` && pathname !== `/${name}.map` && !chunk) return false;

    const file = chunk
      ? join(dirname(bundlePath), pathname.slice(1))
      : pathname === `/${name}`
        ? bundlePath
        : mapPath;
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      if (file !== bundlePath) return false;
      const message = `${bundlePath} is missing: run npm run build (npm run demo does it for you)\n`;
      console.error(`[demo] ${message.trim()}`);
      sendText(res, 500, message);
      return true;
    }
    res.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
