// The shared storage suite against SQLite (a real file in a temp folder) and PostgreSQL (a
// real server started for this file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeSeedEvents } from '../../demo/seed.ts';
import { openPostgres } from '../src/postgres/store.ts';
import { sqliteStorage } from '../src/sqlite/storage.ts';
import { openStore } from '../src/sqlite/store.ts';
import { describeConfigStorage } from './config-storage.suite.ts';
import { type Cluster, startCluster } from './postgres-cluster.ts';
import { describeStorage } from './storage.suite.ts';

const dir = mkdtempSync(join(tmpdir(), 'waypoint-storage-'));
let cluster: Cluster;
let databases = 0;

beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describeStorage('SQLite', async (options) =>
  sqliteStorage(openStore(join(dir, `events-${++databases}.db`), options)),
);
describeStorage('PostgreSQL', async (options) =>
  openPostgres(cluster.createDatabase(`suite_${++databases}`), options),
);
describeConfigStorage('SQLite', async (options) =>
  sqliteStorage(openStore(join(dir, `configs-${++databases}.db`), options)),
);
describeConfigStorage('PostgreSQL', async (options) =>
  openPostgres(cluster.createDatabase(`configs_${++databases}`), options),
);

it('summarises alike on SQLite and PostgreSQL (the demo seed, 400 visits)', async () => {
  // A seeded generator: the same events for both, and the same on every run.
  let state = 42;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const now = new Date(Date.UTC(2026, 10, 30, 12));
  const events = makeSeedEvents({ visits: 400, now, random });
  const sqlite = sqliteStorage(openStore(join(dir, 'alike.db')));
  const pg = await openPostgres(cluster.createDatabase('alike'));
  try {
    for (let i = 0; i < events.length; i += 500) {
      await sqlite.insertBatch(events.slice(i, i + 500));
      await pg.insertBatch(events.slice(i, i + 500));
    }
    for (const query of [
      { from: '2026-10-01', to: '2026-11-30' },
      { from: '2026-11-20', to: '2026-11-30', stage: 'support' },
    ]) {
      const expected = await sqlite.summarize(query);
      // Something to compare in each range; how much is the seed's own draw (4 answers at
      // "support" in the last ten days, 3 with words: written answers are follow-ups now, given
      // mostly on a bad day, and support is the shop's worst stage but one).
      expect(expected.totals.answers).toBeGreaterThan(0);
      expect(expected.latestText.length).toBeGreaterThan(0);
      expect(await pg.summarize(query)).toEqual(expected);
    }
  } finally {
    await sqlite.close();
    await pg.close();
  }
});
