// `npm run bench:collector`: events stored per second through HTTP (loopback), SQLite and
// PostgreSQL side by side, and summary latency as the table grows. Figures only, never
// asserted; bounded in count (EVENTS, SUMMARY_AT) and in time (GROW_SECONDS).
//
//   EVENTS=100000 SUMMARY_AT=100000,1000000 GROW_SECONDS=300 npm run bench:collector
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEvent } from '../../test/unit/demo/fixtures.ts';
import { createCollectorApp } from '../src/app.ts';
import type { WireEvent } from '../src/event.ts';
import { openPostgres } from '../src/postgres/store.ts';
import { listen } from '../src/serve.ts';
import { sqliteStorage } from '../src/sqlite/storage.ts';
import { openStore } from '../src/sqlite/store.ts';
import type { EventStorage } from '../src/storage.ts';
import { startCluster } from './postgres-cluster.ts';

const EVENTS = Number(process.env.EVENTS ?? 100_000);
const SUMMARY_AT = (process.env.SUMMARY_AT ?? '100000,1000000').split(',').map(Number);
const GROW_SECONDS = Number(process.env.GROW_SECONDS ?? 300);
const BATCH = 50;
const CLIENTS = 10;
const DAY_MS = 86_400_000;
const TOKEN = 'bench-read-token-0123456789abcdef';
const now = Date.now();
let sequence = 0;

/** A spread of answers and prompts over the last 30 days, as the summary will meet them. */
function benchEvent(): WireEvent {
  sequence += 1;
  const shown = sequence % 3 === 0;
  const event = makeEvent({
    id: `bench-${sequence}`,
    time: new Date(now - (sequence % 30) * DAY_MS - (sequence % 86_400) * 1000).toISOString(),
    type: shown ? 'waypoint.prompt.shown' : 'waypoint.answer',
    stage: ['aware', 'explore', 'decide', 'use'][sequence % 4],
  });
  if (!shown) event.data = { ...event.data, answer: { value: sequence % 11 } };
  return event;
}

async function ingest(storage: EventStorage): Promise<number> {
  const app = createCollectorApp({
    storage,
    allowedOrigins: [],
    readToken: TOKEN,
    rateLimit: false,
  });
  const server = await listen(app, 0, '127.0.0.1');
  const batches = Array.from({ length: Math.ceil(EVENTS / BATCH) }, () =>
    Array.from({ length: BATCH }, benchEvent),
  );
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < batches.length) {
        const body = JSON.stringify(batches[next++]);
        const response = await fetch(`${server.url}/v1/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/cloudevents-batch+json' },
          body,
        });
        if (response.status !== 200) throw new Error(`ingest got ${response.status}`);
        await response.arrayBuffer();
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  await server.close();
  return EVENTS / seconds;
}

async function summaryMs(storage: EventStorage): Promise<number> {
  const to = new Date(now).toISOString().slice(0, 10);
  const from = new Date(now - 29 * DAY_MS).toISOString().slice(0, 10);
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    await storage.summarize({ from, to });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1] as number; // the median of three
}

/** Adds events straight to storage (1,000 a transaction) until `target` or the time bound. */
async function grow(storage: EventStorage, target: number): Promise<number> {
  const deadline = performance.now() + GROW_SECONDS * 1000;
  let count = await storage.count();
  while (count < target && performance.now() < deadline) {
    await storage.insertBatch(Array.from({ length: Math.min(1000, target - count) }, benchEvent));
    count = await storage.count();
  }
  return count;
}

async function bench(name: string, storage: EventStorage): Promise<string[]> {
  const lines = [
    `${name.padEnd(11)} ${Math.round(await ingest(storage)).toLocaleString('en')} events/s stored (${EVENTS.toLocaleString('en')} events, batches of ${BATCH}, ${CLIENTS} clients)`,
  ];
  for (const at of SUMMARY_AT) {
    const reached = await grow(storage, at);
    const note = reached < at ? ` (time bound: stopped at ${reached.toLocaleString('en')})` : '';
    lines.push(
      `${name.padEnd(11)} summary of 30 days at ${reached.toLocaleString('en')} events: ${(await summaryMs(storage)).toFixed(0)} ms median of 3${note}`,
    );
  }
  await storage.close();
  return lines;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
  const cluster = await startCluster({ durable: true });
  try {
    const lines = [
      ...(await bench('SQLite', sqliteStorage(openStore(join(dir, 'bench.db'))))),
      ...(await bench('PostgreSQL', await openPostgres(cluster.createDatabase('bench')))),
    ];
    console.info(
      `== collector (loopback HTTP, ${process.version}, durable commits on both)\n${lines.join('\n')}`,
    );
  } finally {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
