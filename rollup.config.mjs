// Builds the two public artefacts: the script-tag IIFE (everything inside, minified) and the
// npm entry (ESM, runtime dependencies external) with one bundled .d.ts. Prints sizes on every
// build, because size is a feature (STYLE.md §14).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies)].flatMap((d) => [d, new RegExp(`^${d}/`)]);
const define = { __SDK_VERSION__: JSON.stringify(pkg.version) };

/** `import css from './x.css?inline'` → the stylesheet as a string, whitespace and comments folded. */
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
          `${`dist/${file.fileName}`.padEnd(18)} ${String(code.length).padStart(7)} B raw  ${String(gz).padStart(6)} B gzip  ${String(br).padStart(6)} B brotli`,
        );
      }
    },
  };
}

const ts = () => esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', define });

export default [
  {
    input: 'src/embed.ts',
    output: { file: 'dist/waypoint.js', format: 'iife', sourcemap: false },
    plugins: [
      inlineCss(),
      nodeResolve({ browser: true }),
      ts(),
      terser({ ecma: 2020, module: false, compress: { passes: 2 }, format: { comments: false } }),
      printSizes(),
    ],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.mjs', format: 'es' },
    external,
    plugins: [inlineCss(), nodeResolve({ browser: true }), ts(), printSizes()],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.d.ts', format: 'es' },
    external: [...external, /\.css\?inline$/],
    plugins: [dts({ respectExternal: false })],
  },
  // --- Collector (issue 9): the endpoint conformance checker, the package's `bin`. -------------
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
];
