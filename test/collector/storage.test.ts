// The shared storage suite against SQLite (a real file in a temp folder) and PostgreSQL (a
// real server started for this file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openPostgres } from '../../demo/collector/postgres/store.ts';
import { sqliteStorage } from '../../demo/collector/sqlite/storage.ts';
import { openStore } from '../../demo/collector/sqlite/store.ts';
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
