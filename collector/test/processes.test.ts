// Collector processes as they run in production: two on one PostgreSQL behind a (simulated)
// load balancer store each id once; a process killed between receiving and committing a batch
// never answered 2xx, and the client's retry stores it, once.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import type { WireEvent } from '../src/event.ts';
import { useBothStores } from './both-stores.ts';
import { type CollectorProcess, spawnCollector } from './collector-process.ts';
import { makeEvents } from './fixtures.ts';
import { startFlakySink } from './sink.ts';

const TOKEN = 'process-test-read-token-0123456789';
const stores = useBothStores('processes');
const { dir } = stores;
const running: CollectorProcess[] = [];

// Registered after the stores', so it runs before them: the processes end before their server.
afterAll(async () => {
  await Promise.all(running.map((p) => p.kill()));
});

async function start(env: Record<string, string>): Promise<CollectorProcess> {
  const collector = await spawnCollector({ READ_TOKEN: TOKEN, ...env });
  running.push(collector);
  return collector;
}

function send(url: string, batch: WireEvent[]): Promise<Response> {
  return fetch(`${url}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/cloudevents-batch+json' },
    body: JSON.stringify(batch),
  });
}

describe('two collector processes on one PostgreSQL', () => {
  it('store each id once when both receive the same batches concurrently', async () => {
    const env = { DATABASE_URL: stores.cluster().createDatabase('two_processes') };
    const [a, b] = await Promise.all([start(env), start(env)]);
    const batches = Array.from({ length: 10 }, () => makeEvents(50));
    // Every batch to both, all at once: what a retrying client behind a load balancer does.
    const responses = await Promise.all(
      batches.flatMap((batch) => [send(a.url, batch), send(b.url, batch)]),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    expect(bodies.reduce((sum, body) => sum + body.accepted, 0)).toBe(500);
    const sql = postgres(env.DATABASE_URL);
    const [row] =
      await sql`SELECT COUNT(*)::int AS n, COUNT(DISTINCT (source, id))::int AS ids FROM events`;
    await sql.end();
    expect(row).toEqual({ n: 500, ids: 500 });
  });
});

describe.each(['PostgreSQL', 'SQLite'] as const)(
  'a %s collector killed before it commits',
  (kind) => {
    it('never answered 2xx, and the retry stores the batch once', async () => {
      const env: Record<string, string> =
        kind === 'PostgreSQL'
          ? { DATABASE_URL: stores.cluster().createDatabase('crash') }
          : { SQLITE_PATH: join(dir, 'crash.db') };
      const first = await start(env);
      const batch = makeEvents(5);
      // Hold the write lock from another connection, so the collector's insert waits inside its
      // transaction: received, not committed. Then kill it there.
      const lock = await holdWriteLock(kind, env);
      const attempt = send(first.url, batch).then(
        (r) => r.status,
        () => 'connection lost',
      );
      await lock.waiting();
      await first.kill();
      expect(await attempt).toBe('connection lost');
      const stored = await lock.release();
      expect(stored).toBe(0);

      const second = await start(env);
      const retry = await send(second.url, batch);
      expect(retry.status).toBe(200);
      expect(await retry.json()).toEqual({ accepted: 5, duplicates: 0 });
      expect(await (await send(second.url, batch)).json()).toEqual({ accepted: 0, duplicates: 5 });
    });
  },
);

/**
 * Locks the events table. `waiting()` resolves once the collector's insert waits on the lock
 * (PostgreSQL shows it in pg_locks; SQLite cannot, so a second is given); `release()` unlocks
 * and counts the stored rows.
 */
async function holdWriteLock(kind: 'PostgreSQL' | 'SQLite', env: Record<string, string>) {
  if (kind === 'SQLite') {
    const db = new Database(env.SQLITE_PATH as string);
    db.exec('BEGIN EXCLUSIVE');
    const waiting = () => new Promise((r) => setTimeout(r, 1000));
    return {
      waiting,
      release: async () => {
        db.exec('ROLLBACK');
        const { n } = db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number };
        db.close();
        return n;
      },
    };
  }
  const sql = postgres(env.DATABASE_URL as string, { max: 1 });
  const locked = await sql.reserve();
  await locked`BEGIN`;
  await locked`LOCK TABLE events IN EXCLUSIVE MODE`;
  const watcher = postgres(env.DATABASE_URL as string, { max: 1 });
  const waiting = async () => {
    for (;;) {
      const [row] = await watcher`SELECT COUNT(*)::int AS n FROM pg_locks WHERE NOT granted`;
      if ((row?.n as number) > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const release = async () => {
    await locked`ROLLBACK`;
    locked.release();
    const [row] = await sql`SELECT COUNT(*)::int AS n FROM events`;
    await Promise.all([sql.end(), watcher.end()]);
    return row?.n as number;
  };
  return { waiting, release };
}

describe('npm run collector with FORWARD_URL', () => {
  it('relays every stored event to a sink that fails half the time, each at least once', async () => {
    const sink = await startFlakySink();
    try {
      const env = {
        DATABASE_URL: stores.cluster().createDatabase('forwarding'),
        FORWARD_URL: sink.url,
      };
      const collector = await start(env);
      const batch = makeEvents(6);
      expect((await send(collector.url, batch)).status).toBe(200);
      await expect
        .poll(() => new Set(sink.accepted).size, { timeout: 20_000, interval: 200 })
        .toBe(batch.length);
      expect(new Set(sink.accepted)).toEqual(new Set(batch.map((e) => e.id)));
      expect(sink.refused()).toBeGreaterThan(0);
    } finally {
      await sink.close();
    }
  });
});
