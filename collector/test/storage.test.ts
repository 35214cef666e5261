// The shared storage suite against SQLite (a real file in a temp folder) and PostgreSQL (a
// real server started for this file).
import { expect, it } from 'vitest';
import { useBothStores } from './both-stores.ts';
import { describeConfigStorage } from './config-storage.suite.ts';
import { describeStorage } from './storage.suite.ts';

const stores = useBothStores('storage');

describeStorage('SQLite', stores.sqlite);
describeStorage('PostgreSQL', stores.postgres);
describeConfigStorage('SQLite', stores.sqlite);
describeConfigStorage('PostgreSQL', stores.postgres);

it('summarises alike on SQLite and PostgreSQL (the demo seed, 400 visits)', async () => {
  const { sqlite, pg, close } = await stores.seeded(42);
  try {
    for (const query of [
      { from: '2026-10-01', to: '2026-11-30' },
      { from: '2026-11-20', to: '2026-11-30', stage: 'support' },
    ]) {
      const expected = await sqlite.summarize(query);
      // Something to compare in each range (the seed's own draw: written answers are
      // follow-ups, given mostly on a bad day, and support is the shop's worst stage but one).
      expect(expected.totals.answers).toBeGreaterThan(0);
      expect(expected.latestText.length).toBeGreaterThan(0);
      expect(await pg.summarize(query)).toEqual(expected);
    }
  } finally {
    await close();
  }
});
