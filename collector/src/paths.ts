import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The collector package's own folder. This module sits one level below it both as source
 * (`src/`) and built (`dist/`, where esbuild bundles it into the entry files).
 */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The dashboard's static files, shipped in the package. */
export const DASHBOARD_DIR = join(PACKAGE_DIR, 'dashboard');

/** The console's built pages (`npm run build` writes them; the package ships them). */
export const CONSOLE_DIR = join(PACKAGE_DIR, 'dist', 'console');

/**
 * The `dist/` folder of the installed `waypoint-feedback` package: the tag and its chunks.
 * Resolved through the package, wherever npm put it (hoisted or nested).
 */
export function sdkScriptDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('waypoint-feedback/package.json')), 'dist');
}
