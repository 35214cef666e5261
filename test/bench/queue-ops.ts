// What each queue operation costs in real Chromium (CPU throttled 4×) with 10,000 records in
// IndexedDB, so the queue-at-scale figure can be taken apart. Not part of `npm run bench`:
// `npx tsx test/bench/queue-ops.ts` (BENCH_QUEUED, BENCH_REPEAT).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launch } from '../browser/chromium.ts';
import { openCdp } from './chromium-metrics.ts';
import { seedQueue } from './queue-seed.ts';
import { startBenchServer } from './server.ts';
import { spread } from './stats.ts';

const QUEUED = Number(process.env.BENCH_QUEUED ?? 10_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const SRC = resolve(import.meta.dirname, '../../src');

/** The queue and the IndexedDB store as one script that sets `window.__queueOps`. */
async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `
        import { createQueue } from './delivery/queue';
        import { createIdbStore } from './storage/idb';
        window.__queueOps = { createQueue, createIdbStore };`,
      resolveDir: SRC,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0]?.text ?? '';
}

type Op = 'lease' | 'lease, whole queue' | 'stats' | 'expire' | 'read all, no checks';
const OPS: Op[] = ['lease', 'lease, whole queue', 'stats', 'expire', 'read all, no checks'];

async function main(): Promise<void> {
  const script = await bundle();
  const tmp = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
  const server = await startBenchServer(join(tmp, 'events.db'), {});
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.url}/seed.html`);
    await seedQueue(page, QUEUED, 0);
    // tsx names the functions inside `page.evaluate` through a helper the page lacks.
    await page.addScriptTag({ content: `window.__name = (f) => f;\n${script}` });
    await openCdp(page);
    const times = Object.fromEntries(OPS.map((op) => [op, [] as number[]])) as Record<Op, number[]>;
    for (let i = 0; i < REPEAT; i++) {
      for (const op of OPS) {
        const ms = await page.evaluate(async (op) => {
          type Store = {
            transact: (p: string, d: unknown, r?: unknown) => Promise<unknown>;
            entries(p: string): Promise<unknown[]>;
          };
          type Ops = {
            createIdbStore(): Store;
            createQueue(
              s: Store,
              o: { owner: string },
            ): {
              lease(l: { maxEvents: number; maxBytes: number }, ms: number): Promise<unknown[]>;
              release(ids: string[], failed: boolean): Promise<void>;
              stats(): Promise<unknown>;
              expire(): Promise<unknown>;
            };
          };
          const { createIdbStore, createQueue } = (window as unknown as { __queueOps: Ops })
            .__queueOps;
          const idb = createIdbStore();
          const store =
            op === 'lease, whole queue'
              ? { ...idb, transact: (p: string, d: unknown) => idb.transact(p, d) }
              : idb;
          const q = createQueue(store, { owner: `bench-${Math.random()}` });
          const started = performance.now();
          if (op === 'read all, no checks') await idb.entries('q/');
          else if (op === 'stats') await q.stats();
          else if (op === 'expire') await q.expire();
          else {
            const batch = (await q.lease({ maxEvents: 50, maxBytes: 64 * 1024 }, 30_000)) as Array<{
              event: { id: string };
            }>;
            const ms = performance.now() - started;
            await q.release(
              batch.map((r) => r.event.id),
              false,
            );
            return ms;
          }
          return performance.now() - started;
        }, op);
        times[op].push(ms);
      }
    }
    console.info(`${QUEUED} records in IndexedDB, CPU throttled 4×, ${REPEAT} runs each (ms):`);
    for (const op of OPS) {
      const s = spread(times[op]);
      console.info(
        `  ${op.padEnd(20)} median ${s.median.toFixed(1)}  (${s.min.toFixed(1)}–${s.max.toFixed(1)})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('[bench] queue-ops failed:', error);
  process.exitCode = 1;
});
