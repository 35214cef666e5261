import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  define: { __SDK_VERSION__: JSON.stringify(pkg.version), __DEV__: 'true' },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // The workspace packages by name, from source, as tsconfig.json's paths: their "exports"
  // point at builds (the packed-install test checks those).
  resolve: {
    alias: [
      {
        find: /^waypoint-feedback\/wire$/,
        replacement: resolve(import.meta.dirname, 'src/transport/wire.ts'),
      },
      {
        find: /^waypoint-collector$/,
        replacement: resolve(import.meta.dirname, 'collector/src/index.ts'),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          // Waits in tests end as soon as they pass; this is only the limit on a busy machine.
          testTimeout: 15_000,
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The collector as a service: real SQLite files and a real PostgreSQL server.
          name: 'collector',
          environment: 'node',
          include: ['collector/test/**/*.test.ts', 'test/collector/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One file at a time: each starts its own PostgreSQL or collector processes, and the
          // machines have two cores shared with Chromium.
          fileParallelism: false,
        },
      },
    ],
  },
});
