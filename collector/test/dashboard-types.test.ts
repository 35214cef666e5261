// The dashboard is plain JavaScript served as is (no build step), type-checked with checkJs:
// this runs the compiler on collector/dashboard/tsconfig.json, so a type error fails npm test.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

it('type-checks the dashboard scripts', async () => {
  const tsc = resolve(ROOT, 'node_modules/typescript/bin/tsc');
  const result = await promisify(execFile)(
    process.execPath,
    [tsc, '-p', 'collector/dashboard/tsconfig.json'],
    { cwd: ROOT },
  ).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  expect(result.stdout).toBe('');
  expect(result.code).toBe(0);
}, 60_000);
