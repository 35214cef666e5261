// The chaos test again, with leases reading a batch's worth. The chaos world's faulty store
// (helpers/faulty-store.ts) predates bounded reads and drops `transact`'s third argument, so
// chaos.test.ts runs every lease over the whole queue; here a relay hands the limit through.
// Once the faulty store forwards it, this file can go.
import { afterAll, expect, vi } from 'vitest';
import type { KeyValueStore, ReadLimit } from '../../../src/queue/storage';

const relayed = vi.hoisted(() => ({ limits: 0 }));

vi.mock('../helpers/faulty-store', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../helpers/faulty-store')>();
  return {
    ...actual,
    faulty(inner: KeyValueStore) {
      // The faulty store calls its inner store's `transact` synchronously, when it calls it at all.
      let read: ReadLimit | undefined;
      const relay: KeyValueStore = {
        get kind() {
          return inner.kind;
        },
        get: (key) => inner.get(key),
        set: (key, value) => inner.set(key, value),
        del: (keys) => inner.del(keys),
        entries: (prefix) => inner.entries(prefix),
        transact(prefix, decide) {
          if (read) relayed.limits++;
          return inner.transact(prefix, decide, read);
        },
      };
      const store = actual.faulty(relay);
      const transact = store.transact;
      store.transact = ((prefix, decide, limit) => {
        read = limit;
        try {
          return transact(prefix, decide);
        } finally {
          read = undefined;
        }
      }) as KeyValueStore['transact'];
      return store;
    },
  };
});

await import('./chaos.test');

afterAll(() => {
  expect(relayed.limits, 'no lease read through the relay').toBeGreaterThan(0);
});
