import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

/**
 * Serves one folder with hono's static middleware at `prefix`. `/x` also finds `x.html` and a
 * folder finds its `index.html`, so URLs look like a real site's (`/products`). Every answer
 * says `no-cache`: a new release or an edit shows at once. Unknown paths fall through.
 *
 * @example
 * app.use('/dashboard/*', staticFiles(resolve('dashboard'), '/dashboard'));
 */
export function staticFiles(folder: string, prefix = ''): MiddlewareHandler {
  const root = resolve(folder);
  const serve = serveStatic({
    root,
    rewriteRequestPath: (path) => {
      const inside = path.slice(prefix.length) || '/';
      if (extname(inside) !== '' || isFile(join(root, inside))) return inside;
      return isFile(join(root, `${inside}.html`)) ? `${inside}.html` : inside;
    },
    onFound: (_path, c) => {
      c.header('Cache-Control', 'no-cache');
    },
  });
  return (c, next) => {
    const path = c.req.path;
    if (prefix !== '' && path !== prefix && !path.startsWith(`${prefix}/`)) return next();
    // Dotfiles are never part of a site; refusing them keeps editor and git files private.
    if (path.includes('/.')) return next();
    return serve(c, next);
  };
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
