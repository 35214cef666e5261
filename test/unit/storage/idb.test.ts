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
});
