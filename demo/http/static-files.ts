import { readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { contentTypeFor } from './content-types.ts';
import type { RouteHandler } from './respond.ts';

export interface StaticOptions {
  /** Absolute folder to serve. */
  root: string;
  /** URL path the folder is mounted at, e.g. `/` or `/dashboard`. */
  prefix?: string;
}

/**
 * Serves the files of one folder for GET and HEAD. `/x` also finds `x.html` and a folder path
 * finds its `index.html`, so the demo's URLs look like a real shop's (`/products`, `/help`).
 * Unknown paths are left to the next route (returns false).
 *
 * @example
 * const site = createStaticHandler({ root: '/abs/demo/site' });
 * http.createServer((req, res) => site(req, res) || notFound(res));
 */
export function createStaticHandler(options: StaticOptions): RouteHandler {
  const root = resolve(options.root);
  const prefix = (options.prefix ?? '/').replace(/\/$/, '');

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return false;

    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return false;
    }
    const file = findFile(root, relative);
    if (file === undefined) return false;

    // Sync reads keep the "handled or not" answer synchronous; the files are a few KB each.
    const body = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': body.length,
      // Revalidate every time: the demo is edited while it runs.
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

function findFile(root: string, relative: string): string | undefined {
  // Dotfiles and NUL bytes are never part of the demo; refusing them early is simplest.
  if (relative.includes('\0') || /(^|\/)\./.test(relative)) return undefined;
  const base = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const candidates = extname(base) === '' ? [base, `${base}.html`] : [base];
  for (const candidate of candidates) {
    const file = resolve(root, `.${candidate.startsWith('/') ? '' : '/'}${candidate}`);
    // resolve() collapses `..`; anything that lands outside the root is not ours to serve.
    if (!file.startsWith(root + sep)) continue;
    if (isFile(file)) return file;
  }
  return undefined;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
