// The answers suite (scores, cells, words) against SQLite (a real file in a temp folder) and
// PostgreSQL (a real server started for this file), and both stores alike on the demo seed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { QUALITIES } from 'waypoint-feedback/wire';
import { makeSeedEvents } from '../../demo/seed.ts';
import { openPostgres } from '../src/postgres/store.ts';
import { sqliteStorage } from '../src/sqlite/storage.ts';
import { openStore } from '../src/sqlite/store.ts';
import { describeAnswers } from './answers.suite.ts';
import { type Cluster, startCluster } from './postgres-cluster.ts';

const dir = mkdtempSync(join(tmpdir(), 'waypoint-answers-'));
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describeAnswers('SQLite', async () => sqliteStorage(openStore(join(dir, 'answers.db'))));
describeAnswers('PostgreSQL', async () => openPostgres(cluster.createDatabase('answers')));

it('opens cells and counts words alike on SQLite and PostgreSQL (the demo seed, 400 visits)', async () => {
  let state = 7;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const now = new Date(Date.UTC(2026, 10, 30, 12));
  const events = makeSeedEvents({ visits: 400, now, random });
  const sqlite = sqliteStorage(openStore(join(dir, 'alike.db')));
  const pg = await openPostgres(cluster.createDatabase('alike'));
  try {
    await sqlite.insertBatch(events);
    await pg.insertBatch(events);
    const range = { from: '2026-10-01', to: '2026-11-30' };
    const words = await sqlite.words(range);
    expect(words.qualities.length).toBeGreaterThan(0);
    expect(await pg.words(range)).toEqual(words);
    for (const quality of QUALITIES) {
      const expected = await sqlite.cellAnswers({ ...range, quality });
      expect(await pg.cellAnswers({ ...range, quality })).toEqual(expected);
    }
    const term = words.qualities[0]?.terms[0]?.term as string;
    const quality = words.qualities[0]?.quality as string;
    const withTerm = await sqlite.cellAnswers({ ...range, quality, term });
    expect(withTerm.words.length).toBeGreaterThan(0);
    expect(await pg.cellAnswers({ ...range, quality, term })).toEqual(withTerm);
  } finally {
    await sqlite.close();
    await pg.close();
  }
});
