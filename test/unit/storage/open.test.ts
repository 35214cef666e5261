import { describe, expect, it, vi } from 'vitest';
import { carryBack } from '../../../src/delivery/carry-back';
import { createLocalStore } from '../../../src/storage/local';
import { openStorage } from '../../../src/storage/open';

describe('openStorage', () => {
  it('chooses IndexedDB when it works', async () => {
    const { store, problems } = await openStorage({ carryBack });
    expect(store.kind).toBe('indexeddb');
    expect(problems).toEqual([]);
  });

  it('opens one IndexedDB connection: the store it checked is the one it uses', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    try {
      const { store } = await openStorage({ carryBack, dbName: 'one-connection' });
      await store.set('s/x', 1);
      expect(await store.get('s/x')).toBe(1);
      expect(open).toHaveBeenCalledTimes(1);
    } finally {
      open.mockRestore();
    }
  });

  it('falls back to localStorage, then memory, saying why', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const ls = await openStorage({ carryBack });
      expect(ls.store.kind).toBe('localstorage');
      expect(ls.problems).toEqual(['IndexedDB is not available']);
      const mem = await openStorage({ carryBack, localStorage: undefined });
      expect(mem.store.kind).toBe('memory');
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('takes queue records an earlier fallback left in localStorage back into IndexedDB', async () => {
    const left = createLocalStore(localStorage);
    await left.set('q/0193', { answer: 'kept' });
    const { store } = await openStorage({ carryBack });
    expect(await store.get('q/0193')).toEqual({ answer: 'kept' });
    expect(await left.entries('q/')).toEqual([]);
  });

  it('skips one corrupted localStorage item without losing the others', async () => {
    localStorage.setItem('waypoint:q/1', '{not json');
    localStorage.setItem('waypoint:q/2', '{"ok":true}');
    expect(await createLocalStore(localStorage).entries('q/')).toEqual([['q/2', { ok: true }]]);
  });
});
