// The peers' browser code, from the installed devDependencies: PostHog's prebuilt bundles as
// they are; Sentry's SDK with async feedback, and the naive floor card, bundled once per run.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './server.ts';

export interface Peers {
  /** URL prefix → folder, for the bench server. */
  mounts: Record<string, string>;
  /** Printed in the report: which bundle each peer scenario loads. */
  notes: string[];
}

const version = (pkg: string): string =>
  (
    JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** Builds the Sentry bundle and the floor card into `outDir` (a temp folder); mounts the peers. */
export async function preparePeers(outDir: string): Promise<Peers> {
  const floorDir = join(outDir, 'floor');
  await build({
    entryPoints: [resolve(import.meta.dirname, 'peers/floor-card.tsx')],
    outfile: join(floorDir, 'floor-card.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  await build({
    entryPoints: [resolve(import.meta.dirname, 'peers/sentry-entry.ts')],
    outfile: join(outDir, 'sentry-feedback.min.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    conditions: ['production'],
    define: { __DEBUG_BUILD__: 'false', __SENTRY_DEBUG__: 'false' },
    logLevel: 'error',
  });
  const posthogDist = join(REPO_ROOT, 'node_modules/posthog-js/dist');
  return {
    mounts: {
      '/peers/floor/': floorDir,
      '/peers/sentry/': outDir,
      '/peers/posthog/': posthogDist,
      // posthog-js loads its extensions (surveys.js) from `<api_host>/static/<version>/`, and
      // from `/static/` when that fails.
      [`/static/${version('posthog-js')}/`]: posthogDist,
      '/static/': posthogDist,
    },
    notes: [
      `Floor: a naive card of preact ${version('preact')} + idb-keyval ${version('idb-keyval')} + zod ${version('zod')}/mini (peers/floor-card.tsx), bundled by esbuild (minified IIFE); shown at load, writes nothing until an answer`,
      `Sentry: @sentry/browser ${version('@sentry/browser')} { init, feedbackAsyncIntegration } bundled by esbuild (minified IIFE, like the CDN's bundle.feedback.min.js; npm ships no prebuilt bundle); defaultIntegrations off, launcher button only`,
      `PostHog: posthog-js ${version('posthog-js')} dist/array.js + lazy dist/surveys.js (as its snippet loads them); persistence memory, autocapture off, one popover survey`,
    ],
  };
}
