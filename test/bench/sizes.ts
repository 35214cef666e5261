// Sizes of the built artefacts, raw / gzip -9 / brotli 11, against their budgets.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHUNK_BUDGETS } from '../size/chunks';

/** Paths here are relative to the repository root, whatever the working directory. */
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Budgets in brotli bytes, per file of dist/; `npm run bench` prints them beside the
 * measurement. Hashed chunk names are matched by their stem: `dist/waypoint-ui.js` budgets
 * `dist/waypoint-ui.<hash>.js`.
 */
export const BUDGETS: Record<string, number> = Object.fromEntries(
  Object.entries(CHUNK_BUDGETS).map(([name, budget]) => [
    name === 'core' ? 'dist/waypoint.js' : `dist/waypoint-${name}.js`,
    budget,
  ]),
);

export interface SizeRow {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
  /** Brotli bytes allowed, or undefined when no budget is set for this file. */
  budget: number | undefined;
}

/** The budget key of a file: its path without the content hash (`name.<hash>.js` → `name.js`). */
export function budgetKey(file: string): string {
  return file.replace(/\.[A-Za-z0-9_-]{6,}(?=\.m?js$)/, '');
}

/** Measures `file` (e.g. `dist/waypoint.js`). */
export function measure(file: string): SizeRow {
  const code = readFileSync(resolve(ROOT, file));
  return {
    file,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    budget: BUDGETS[file] ?? BUDGETS[budgetKey(file)],
  };
}

/** Every script in `dir` (`.js` and `.mjs`), sorted: the core, each lazy chunk, the npm entry. */
export function distScripts(dir = 'dist'): string[] {
  return readdirSync(resolve(ROOT, dir))
    .filter((name) => /\.m?js$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}
