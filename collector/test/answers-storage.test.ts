// The answers suite (scores, cells, words) against SQLite (a real file in a temp folder) and
// PostgreSQL (a real server started for this file), and both stores alike on the demo seed.
import { expect, it } from 'vitest';
import { QUALITIES } from 'waypoint-feedback/wire';
import { describeAnswers } from './answers.suite.ts';
import { useBothStores } from './both-stores.ts';

const stores = useBothStores('answers');

describeAnswers('SQLite', stores.sqlite);
describeAnswers('PostgreSQL', stores.postgres);

it('opens cells and counts words alike on SQLite and PostgreSQL (the demo seed, 400 visits)', async () => {
  const { sqlite, pg, close } = await stores.seeded(7);
  try {
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
    await close();
  }
});
