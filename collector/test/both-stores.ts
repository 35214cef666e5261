// Both stores, real ones, for one test file: SQLite files in a temp folder and a throwaway
// PostgreSQL server, started before the file's tests and removed after them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { makeSeedEvents } from '../../demo/seed.ts';
import { seeded } from '../../test/unit/helpers/seeded.ts';
import { openPostgres } from '../src/postgres/store.ts';
import { sqliteStorage } from '../src/sqlite/storage.ts';
import { openStore } from '../src/sqlite/store.ts';
import type { EventStorage, StorageOptions } from '../src/storage.ts';
import { type Cluster, startCluster } from './postgres-cluster.ts';

export interface BothStores {
  /** The temp folder, for a test that opens a file of its own. */
  dir: string;
  /** The PostgreSQL server, once the file's `beforeAll` has started it. */
  cluster(): Cluster;
  /** A new empty SQLite store, in a file of its own. */
  sqlite(options?: StorageOptions): Promise<EventStorage>;
  /** A new empty PostgreSQL database. */
  postgres(options?: StorageOptions): Promise<EventStorage>;
  /** One of each holding the same demo seed (400 visits, the same on every run), to compare. */
  seeded(seed: number): Promise<{ sqlite: EventStorage; pg: EventStorage; close(): Promise<void> }>;
}

/**
 * Registers the file's `beforeAll` and `afterAll`; call it at the top of a test file.
 *
 * @example
 * const stores = useBothStores('surveys');
 * describeSurveys('SQLite', stores.sqlite);
 * describeSurveys('PostgreSQL', stores.postgres);
 */
export function useBothStores(name: string): BothStores {
  const dir = mkdtempSync(join(tmpdir(), `waypoint-${name}-`));
  let started: Cluster | undefined;
  let opened = 0;
  beforeAll(async () => {
    started = await startCluster();
  });
  afterAll(() => {
    started?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const cluster = () => {
    if (started === undefined) throw new Error('the PostgreSQL server starts in beforeAll');
    return started;
  };
  const stores: BothStores = {
    dir,
    cluster,
    sqlite: async (options) =>
      sqliteStorage(openStore(join(dir, `${name}-${++opened}.db`), options)),
    postgres: (options) =>
      openPostgres(cluster().createDatabase(`${name.replaceAll('-', '_')}_${++opened}`), options),
    async seeded(seed) {
      const now = new Date(Date.UTC(2026, 10, 30, 12));
      const events = makeSeedEvents({ visits: 400, now, random: seeded(seed) });
      const sqlite = await stores.sqlite();
      const pg = await stores.postgres();
      for (let i = 0; i < events.length; i += 500) {
        await sqlite.insertBatch(events.slice(i, i + 500));
        await pg.insertBatch(events.slice(i, i + 500));
      }
      return {
        sqlite,
        pg,
        close: async () => {
          await sqlite.close();
          await pg.close();
        },
      };
    },
  };
  return stores;
}
