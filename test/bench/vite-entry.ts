// The npm entry as a new user meets it: a real Vite production build of a small React app, with
// and without `createWaypoint` plus one `render`. The eager cost is the difference of what loads
// before anything is asked (gzip -9); the lazy chunks are what Vite split off.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './server.ts';

export interface ViteEntryFigures {
  vite: string;
  react: string;
  /** gzip bytes loaded eagerly by the app without Waypoint, and with it. */
  eagerWithout: number;
  eagerWith: number;
  /** What `createWaypoint` + `render` add to the eager load (gzip bytes). */
  eagerCost: number;
  /** The chunks only dynamic imports reach, in the app with Waypoint: file → gzip bytes. */
  lazy: Array<{ file: string; gzip: number }>;
}

const CONFIG = `{
  endpoint: '/v1/events',
  questions: [{ id: 'order-feedback', quality: 'operational', type: 'rating',
    text: 'How easy was checking out?', trigger: { on: 'manual' } }],
}`;

/** The app: a page with a heading and one component; `withWaypoint` draws the card into it. */
const app = (
  withWaypoint: boolean,
) => `import { createElement as h, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
${withWaypoint ? "import { createWaypoint } from 'waypoint-feedback';\n" : ''}
const config = ${CONFIG};

function Feedback() {
  const card = useRef(null);
  useEffect(() => {
    ${withWaypoint ? "const wp = createWaypoint(config);\n    wp.render(card.current, 'order-feedback');\n    return () => wp.destroy();" : 'card.current.dataset.config = config.endpoint;'}
  }, []);
  return h('div', { ref: card });
}

createRoot(document.getElementById('root')).render(
  h('main', null, h('h1', null, 'Order placed'), h(Feedback)),
);
`;

const HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>
`;

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const version = (pkg: string): string =>
  (
    JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** Builds one variant in `dir` and reads the eager and lazy files from Vite's manifest. */
async function buildApp(dir: string, withWaypoint: boolean) {
  const { build } = await import('vite');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'main.js'), app(withWaypoint));
  const outDir = join(dir, 'dist');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: { outDir, manifest: true, emptyOutDir: true },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestEntry
  >;
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const eager = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry || eager.has(entry.file)) return;
    eager.add(entry.file);
    for (const k of entry.imports ?? []) visit(k);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
  const js = Object.values(manifest)
    .map((e) => e.file)
    .filter((f) => f.endsWith('.js'));
  const lazy = [...new Set(js)]
    .filter((f) => !eager.has(f))
    .map((file) => ({ file, gzip: gz(file) }));
  return { eager: [...eager].reduce((n, f) => n + gz(f), 0), lazy };
}

/** Both builds, in test-results/vite-entry/ (inside the repository, so `node_modules` resolves). */
export async function measureViteEntry(): Promise<ViteEntryFigures> {
  const root = join(REPO_ROOT, 'test-results/vite-entry');
  const without = await buildApp(join(root, 'without'), false);
  const withIt = await buildApp(join(root, 'with'), true);
  return {
    vite: version('vite'),
    react: version('react'),
    eagerWithout: without.eager,
    eagerWith: withIt.eager,
    eagerCost: withIt.eager - without.eager,
    lazy: withIt.lazy.sort((a, b) => b.gzip - a.gzip),
  };
}
