import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbStore } from '../../../src/storage/idb';

const put = { changes: { put: [['q/a', 1] as [string, number]] }, result: 'done' };

describe('the IndexedDB store', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands a transaction its entries, keys and all, unless asked for values only', async () => {
    const store = createIdbStore(`waypoint-test-${Math.random()}`);
    await store.set('q/a', 1);
    await store.set('q/b', 2);
    expect(await store.transact('q/', (e) => ({ changes: {}, result: e }))).toEqual([
      ['q/a', 1],
      ['q/b', 2],
    ]);
    const values = await store.transact('q/', (e) => ({ changes: {}, result: e }), {
      valuesOnly: true,
    });
    expect(values.map(([, v]) => v)).toEqual([1, 2]);
  });

  it('still writes when a host has broken IDBTransaction.prototype.commit', async () => {
    vi.spyOn(IDBTransaction.prototype, 'commit').mockImplementation(() => {
      throw new TypeError('patched by the host');
    });
    const store = createIdbStore(`waypoint-test-${Math.random()}`);
    expect(await store.transact('q/', () => put)).toBe('done');
    expect(await store.get('q/a')).toBe(1);
  });

  describe('likely writes, issued beside the read', () => {
    const record: [string, unknown] = ['q/new', { n: 1 }];
    const likely = [record];

    it('writes them when the decision agrees, and the decision sees the entries before them', async () => {
      const store = createIdbStore(`waypoint-test-${Math.random()}`);
      await store.set('q/a', 1);
      const seen = await store.transact(
        'q/',
        (entries) => ({ changes: { put: likely }, result: entries.map(([k]) => k) }),
        { likely },
      );
      expect(seen).toEqual(['q/a']);
      expect(await store.get('q/new')).toEqual({ n: 1 });
    });

    it('rolls them back when the decision writes nothing (a full queue)', async () => {
      const store = createIdbStore(`waypoint-test-${Math.random()}`);
      await store.set('q/a', 1);
      const result = await store.transact('q/', () => ({ changes: {}, result: 'full' }), {
        likely,
      });
      expect(result).toBe('full');
      expect(await store.get('q/new')).toBeUndefined();
      expect(await store.entries('q/')).toEqual([['q/a', 1]]);
    });

    it('rolls them back when the decision throws (consent withdrawn meanwhile)', async () => {
      const store = createIdbStore(`waypoint-test-${Math.random()}`);
      await expect(
        store.transact(
          'q/',
          () => {
            throw new Error('withdrawn');
          },
          { likely },
        ),
      ).rejects.toThrow('withdrawn');
      expect(await store.get('q/new')).toBeUndefined();
    });

    it('refuses a decision that writes something else, and writes nothing', async () => {
      const store = createIdbStore(`waypoint-test-${Math.random()}`);
      await expect(
        store.transact('q/', () => ({ changes: { put: [['q/other', 2]] }, result: 1 }), {
          likely,
        }),
      ).rejects.toThrow(/likely/);
      expect(await store.entries('q/')).toEqual([]);
    });
  });
});
