import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../../src/storage/memory';
import { createResilientStore } from '../../../src/storage/resilient';
import type { KeyValueStore, StorageKind } from '../../../src/storage/store';
import { type Fault, faulty } from '../helpers/faulty-store';

function setup(fault: Fault) {
  const primary = faulty(createMemoryStore('indexeddb'));
  const second = createMemoryStore('localstorage');
  let opens = 0;
  const switches: Array<[StorageKind, StorageKind]> = [];
  const store = createResilientStore(
    [
      {
        kind: 'indexeddb',
        open: () => {
          opens++;
          return primary;
        },
      },
      { kind: 'localstorage', open: () => second },
      { kind: 'memory', open: () => createMemoryStore() },
    ],
    (from, to) => switches.push([from, to]),
    50,
  );
  primary.fault = fault;
  return { store, primary, second, switches, opens: () => opens };
}

describe('the resilient store', () => {
  it.each<Fault>(['sync-throw', 'quota', 'reject', 'hang'])(
    'moves to the next backend when the first fails with %s, and the write lands there',
    async (fault) => {
      const { store, second, switches } = setup(fault);
      await store.set('q/1', { answer: 9 });
      expect(await second.get('q/1')).toEqual({ answer: 9 });
      expect(store.kind).toBe('localstorage');
      expect(switches).toEqual([['indexeddb', 'localstorage']]);
    },
  );

  it('reopens the same backend once on InvalidStateError before giving up on it', async () => {
    const { store, primary, switches, opens } = setup('invalid-state');
    const pending = store.set('k', 1);
    primary.fault = 'none'; // the reopened connection works
    await pending;
    expect(opens()).toBe(2);
    expect(switches).toEqual([]);
    expect(await primary.get('k')).toBe(1);
  });

  it('keeps working in memory when every durable backend is gone', async () => {
    const dead = (kind: StorageKind): KeyValueStore => {
      const s = faulty(createMemoryStore(kind));
      s.fault = 'reject';
      return s;
    };
    const switches: string[] = [];
    const store = createResilientStore(
      [
        { kind: 'indexeddb', open: () => dead('indexeddb') },
        { kind: 'localstorage', open: () => dead('localstorage') },
        { kind: 'memory', open: () => createMemoryStore() },
      ],
      (_from, to) => switches.push(to),
      50,
    );
    await store.set('q/1', 'kept');
    expect(await store.get('q/1')).toBe('kept');
    expect(switches).toEqual(['localstorage', 'memory']);
  });
});

describe('the resilient store after a switch', () => {
  it('deletes acknowledged keys from the backend it left too, so the next page does not resend them', async () => {
    const { store, primary } = setup('none');
    primary.writesOnly = true;
    await store.set('q/leased', 'sent before the switch');
    primary.fault = 'quota'; // a full disk: writes fail, deletes still work
    await store.set('q/new', 'after');
    expect(store.kind).toBe('localstorage');
    await store.del(['q/leased']);
    await vi.waitFor(async () => expect(await primary.get('q/leased')).toBeUndefined());
  });
});
