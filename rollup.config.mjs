// Builds the public artefacts (DESIGN §9):
// - the script tag: `dist/waypoint.js`, a small classic-script core, plus lazy ESM chunks
//   (`waypoint-ui.<hash>.js`, one `waypoint-<locale>.<hash>.js` per language, delivery,
//   validation, debug) that the core `import()`s from its own base URL when it needs them;
// - the npm entry: `dist/npm/` (ESM, one file per module, runtime dependencies external) whose
//   card, locale packs and debug table sit behind dynamic imports, so a bundler splits them the
//   same way; `dist/npm-development/` is the same with the whole schema checked (`__DEV__`);
// - one bundled `.d.ts`.
// Prints sizes on every build, because size is a feature (STYLE.md §14).
import { readFileSync, rmSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies)].flatMap((d) => [d, new RegExp(`^${d}/`)]);
const define = { __SDK_VERSION__: JSON.stringify(pkg.version), __DEV__: 'false' };
const LOCALES = ['en', 'fr', 'de', 'es', 'ar'];

/** `import css from './x.css?inline'` → the stylesheet as a string, whitespace and comments
 * folded. */
function inlineCss() {
  return {
    name: 'inline-css',
    resolveId(source, importer) {
      if (!source.endsWith('.css?inline') || !importer) return null;
      return `${new URL(source.slice(0, -'?inline'.length), `file://${importer}`).pathname}?inline`;
    },
    load(id) {
      if (!id.endsWith('.css?inline')) return null;
      const css = readFileSync(id.slice(0, -'?inline'.length), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{}:;,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      return `export default ${JSON.stringify(css)};`;
    },
  };
}

/** Empties `dist/` first, so it holds exactly what this build wrote (chunk names change). */
function cleanChunks() {
  return {
    name: 'clean-chunks',
    buildStart() {
      rmSync('dist', { recursive: true, force: true });
    },
  };
}

/**
 * Swaps modules for the script-tag build (the npm build's dynamic imports become `import()`s
 * of the built chunk files) and serves `virtual:waypoint-chunks`, the logical name → file map
 * filled in by the chunk build that runs first.
 */
function swapModules(swaps, manifest) {
  const table = new Map(
    Object.entries(swaps).map(([from, to]) => [resolvePath(from), resolvePath(to)]),
  );
  return {
    name: 'swap-modules',
    async resolveId(source, importer, options) {
      if (source === 'virtual:waypoint-chunks') return '\0waypoint-chunks';
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && table.has(resolved.id) ? table.get(resolved.id) : null;
    },
    load(id) {
      if (id !== '\0waypoint-chunks') return null;
      const { imports, ...names } = manifest;
      return `export default ${JSON.stringify(names)};export const imports=${JSON.stringify(imports)};`;
    },
  };
}

/**
 * Records each entry chunk's file name under its logical name, and (under `imports`) the files
 * each chunk imports statically, which the core fetches beside it rather than after it.
 */
function chunkManifest(manifest) {
  return {
    name: 'chunk-manifest',
    generateBundle(_options, bundle) {
      manifest.imports = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        if (file.isEntry) manifest[file.name] = file.fileName;
        if (file.isEntry && file.imports.length) manifest.imports[file.fileName] = file.imports;
      }
    },
  };
}

/** Prints raw, gzip -9 and brotli sizes of each written chunk. */
function printSizes() {
  return {
    name: 'print-sizes',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const code = Buffer.from(file.code);
        const gz = gzipSync(code, { level: 9 }).length;
        const br = brotliCompressSync(code, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
        }).length;
        console.info(
          `${`dist/${file.fileName}`.padEnd(34)} ${String(code.length).padStart(7)} B raw  ${String(gz).padStart(6)} B gzip  ${String(br).padStart(6)} B brotli`,
        );
      }
    },
  };
}

/**
 * Starts every chunk but the unhinted ones with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chrome 136+; other engines read a comment): their functions
 * are compiled as the file streams, off the main thread, rather than one by one on the main
 * thread at their first call. Only files whose code runs as they load carry it; eager bytecode
 * for code never called (the validator's zod) would cost heap and work for nothing. Runs after
 * the minifier.
 */
function compileHint() {
  return {
    name: 'compile-hint',
    renderChunk(code, chunk) {
      return !UNHINTED.includes(chunk.name)
        ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }
        : null;
    },
  };
}
// What is never hinted: the validator and the debug table (debug mode only, mostly never
// called) and the language packs (data).
const UNHINTED = ['validate', 'debug', ...LOCALES];

const ts = (dev = false) =>
  esbuild({
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { ...define, __DEV__: String(dev) },
  });
const minify = () =>
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } });

// What the script tag loads lazily: the entry name is the chunk's logical name.
const lazyInputs = {
  // The card's chunk: the act (what shows a card and records it) with the card it draws.
  ui: 'src/act/entry.ts',
  delivery: 'src/delivery/entry.ts',
  validate: 'src/config/validate-entry.ts',
  targeting: 'src/targeting/engine/engine.ts',
  launcher: 'src/launcher/entry.ts',
  storage: 'src/storage/entry.ts',
  runtime: 'src/embed/runtime-entry.ts',
  ...Object.fromEntries(LOCALES.map((l) => [l, `src/ui/i18n/${l}.ts`])),
};
// Loaded by the targeting engine itself (src/targeting/engine/), never by the core, so what
// they share with the engine stays in its chunk rather than in shared files fetched in turn.
const ENGINE_PARTS = { 'trigger-runtime': 'triggers', debug: 'debug' };
const SHARED =
  /\/src\/(contract\/types|config\/resolved|model\/(hash|languages|contrast|question-types|schedule-bound)|platform\/adopt-styles|config\/localize)\.ts$/;
const STORAGE = /\/src\/(storage\/[\w-]+|platform\/json)\.ts$/;
const manifest = {};

/** The modules `entry` imports statically, itself included. */
function reachable(entry, getModuleInfo) {
  const seen = new Set();
  const walk = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of getModuleInfo(id)?.importedIds ?? []) walk(next);
  };
  walk(entry);
  return seen;
}
const RUNTIME = resolvePath(lazyInputs.runtime);
let runtimeModules;

export default [
  {
    input: lazyInputs,
    // An entry chunk may export more than its module does (what its own lazy parts import from
    // it), rather than become a facade over a shared file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'waypoint-[name].[hash].js',
      // The engine's own lazy parts keep a name; code lazy chunks share is `shared`.
      chunkFileNames: ({ name, isDynamicEntry }) =>
        isDynamicEntry && name in ENGINE_PARTS
          ? `waypoint-${ENGINE_PARTS[name]}.[hash].js`
          : 'waypoint-shared.[hash].js',
      // The small helpers several lazy chunks use (the card's chunk, the launcher,
      // targeting, validation) in one shared file, rather than one tiny file per pairing.
      // What the runtime chunk holds stays there: every other chunk but a preview's loads after
      // it, so what they share with it costs no file of its own.
      manualChunks(id, { getModuleInfo }) {
        runtimeModules ??= reachable(RUNTIME, getModuleInfo);
        if (runtimeModules.has(id)) return 'runtime';
        if (SHARED.test(id)) return 'shared';
        // What delivery shares with storage rides in the storage chunk, always there first.
        if (STORAGE.test(id)) return 'storage';
      },
    },
    plugins: [
      cleanChunks(),
      // Only the core knows the chunk files: it hands the runtime chunk its loaders.
      swapModules({ 'src/lazy/chunks.ts': 'src/lazy/chunks-handed.ts' }, manifest),
      inlineCss(),
      nodeResolve({ browser: true }),
      ts(),
      minify(),
      compileHint(),
      chunkManifest(manifest),
      printSizes(),
    ],
  },
  {
    input: 'src/embed.ts',
    output: { file: 'dist/waypoint.js', format: 'iife', sourcemap: false },
    plugins: [
      swapModules(
        {
          'src/lazy/chunks.ts': 'src/lazy/chunks-tag.ts',
          'src/embed/runtime-chunk.ts': 'src/embed/runtime-chunk-tag.ts',
        },
        manifest,
      ),
      nodeResolve({ browser: true }),
      ts(),
      // Four passes: the inlined single-use modules of the core shrink further.
      terser({ ecma: 2020, module: false, compress: { passes: 4 }, format: { comments: false } }),
      compileHint(),
      printSizes(),
    ],
  },
  {
    input: 'src/index.ts',
    // One file per module, so an app's bundler keeps only what it uses (`sideEffects: false`).
    output: {
      dir: 'dist/npm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].mjs',
    },
    external,
    plugins: [inlineCss(), nodeResolve({ browser: true }), ts()],
  },
  // The `development` export: the same entry, checking every config against the schema.
  {
    input: 'src/index.ts',
    output: {
      dir: 'dist/npm-development',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].mjs',
    },
    external,
    plugins: [inlineCss(), nodeResolve({ browser: true }), ts(true)],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.d.ts', format: 'es' },
    external: [...external, /\.css\?inline$/],
    plugins: [dts({ respectExternal: false })],
  },
  // `waypoint-feedback/wire`: the event schema and vocabulary for servers (the collector).
  {
    input: 'src/transport/wire.ts',
    output: { file: 'dist/wire.mjs', format: 'es' },
    external,
    plugins: [nodeResolve(), ts()],
  },
  {
    input: 'src/transport/wire.ts',
    output: { file: 'dist/wire.d.ts', format: 'es' },
    external,
    plugins: [dts({ respectExternal: false })],
  },
  // --- Collector: the endpoint conformance checker, the package's `bin`. -------------
  // `npx waypoint-check-endpoint <url>` runs this file with Node; its built-ins stay external.
  {
    input: 'demo/check-endpoint/cli.ts',
    output: {
      file: 'dist/waypoint-check-endpoint.mjs',
      format: 'es',
      banner: '#!/usr/bin/env node',
    },
    external: [/^node:/],
    plugins: [nodeResolve(), ts()],
  },
  // --- end of the collector's entry. ----------------------------------------------------------
  // `npx waypoint-check-config <file|url>`: the SDK's own schema, run where a config is written.
  {
    input: 'demo/check-config/cli.ts',
    output: { file: 'dist/waypoint-check-config.mjs', format: 'es', banner: '#!/usr/bin/env node' },
    external: [/^node:/],
    plugins: [nodeResolve(), ts()],
  },
];
