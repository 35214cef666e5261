// Sizes of the built artefacts, raw / gzip -9 / brotli 11, against their budgets.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Budgets in brotli bytes; `npm run bench` prints them beside the measurement. */
export const BUDGETS: Record<string, number> = {
  'dist/waypoint.js': 41_000,
  'dist/index.mjs': 36_000,
};

export interface SizeRow {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
  budget: number;
}

export function measure(file: string): SizeRow {
  const code = readFileSync(file);
  return {
    file,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    budget: BUDGETS[file] ?? Number.POSITIVE_INFINITY,
  };
}
