// Builds the collector to plain JavaScript in dist/: the bin (`main.js`) and the public entry
// (`index.js`). Dependencies stay imports, resolved from the installed packages at run time.
// The console's pages go to dist/console/ (console/build.mjs), bundled: nothing to install.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { buildConsole } from './console/build.mjs';

const here = new URL('.', import.meta.url).pathname;
rmSync(`${here}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: here,
  entryPoints: ['src/index.ts', 'src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // The root tsconfig maps the SDK's subpath to its source for development; the package
  // imports the installed SDK instead.
  external: ['waypoint-feedback', 'waypoint-feedback/*'],
  logLevel: 'warning',
});
await buildConsole(`${here}dist/console`);
