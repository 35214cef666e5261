// Builds the console into dist/console/: preact pages bundled with esbuild for the browser, the
// JSON editor (CodeMirror) split into a chunk of its own that loads when the JSON view opens.
// None of it is the widget's: the card the preview draws is the SDK's own chunk, loaded at run time.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;

/**
 * zod's error messages in 40 languages: the SDK's `import { z } from 'zod/mini'` is a namespace
 * esbuild keeps whole (rollup, which builds the SDK's own chunks, drops them). Nothing here sets
 * a zod locale, so its locale table is left out (about 250 KB).
 */
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'/'}zod${'/'}`)
        ? { path: 'zod-locales', namespace: 'empty' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({
      contents: 'export {};',
      loader: 'js',
    }));
  },
};

/** Writes dist/console/ beside the collector's own dist files, and prints the sizes. */
/**
 * Parts of codemirror-json-schema the console never uses, swapped for small stand-ins: its
 * markdown renderer (markdown-it with shiki) and its JSON5 and YAML parsers (about 300 KB gzip).
 */
const STAND_INS = [
  [/\/utils\/markdown(\.js)?$/, 'src/json/plain-markdown.ts'],
  [/(^|\/)(json5|yaml)-parser(\.js)?$/, 'src/json/json-only.ts'],
];
const standIns = {
  name: 'stand-ins',
  setup(b) {
    for (const [filter, file] of STAND_INS) {
      b.onResolve({ filter }, (args) =>
        args.importer.includes('codemirror-json-schema') ? { path: `${here}${file}` } : undefined,
      );
    }
  },
};

export async function buildConsole(outdir) {
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: here,
    entryPoints: ['src/main.tsx'],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    plugins: [noZodLocales, standIns],
    // Not the root tsconfig's paths to the SDK's source: the SDK as built and published.
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    // The SDK's npm build keeps its dependencies' bare imports, which a bundle may drop.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  for (const file of ['index.html', 'favicon.svg']) {
    copyFileSync(`${here}${file}`, `${outdir}/${file}`);
  }
  // One stylesheet with the dashboard's theme inlined from its @import: one request, one look.
  await build({
    absWorkingDir: here,
    entryPoints: ['console.css'],
    outdir,
    bundle: true,
    minify: true,
    logLevel: 'warning',
  });
  const sizes = Object.entries(result.metafile.outputs)
    .filter(([path]) => path.endsWith('.js'))
    .map(([path, out]) => {
      const gzip = gzipSync(readFileSync(`${here}${path}`)).length;
      return { file: path.replace(/^.*dist\//, 'dist/'), bytes: out.bytes, gzip };
    });
  // CONSOLE_META=<file> keeps esbuild's metafile: what each chunk holds, to look into a size.
  if (process.env.CONSOLE_META) {
    writeFileSync(process.env.CONSOLE_META, JSON.stringify(result.metafile));
  }
  for (const s of sizes) {
    console.info(
      `${s.file.padEnd(44)} ${String(s.bytes).padStart(8)} B raw ${String(s.gzip).padStart(7)} B gzip`,
    );
  }
}
