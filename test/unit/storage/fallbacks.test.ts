// RELIABILITY §7 and §12: a fallback that cannot even open (a localStorage getter that raises
// SecurityError in a sandboxed iframe) falls through to memory; the localStorage fallback writes
// with the hook-free serialiser, so a page's patched `Array.prototype.toJSON` corrupts nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalStore } from '../../../src/storage/local';
import { createMemoryStore } from '../../../src/storage/memory';
import { createResilientStore } from '../../../src/storage/resilient';
import type { StorageKind } from '../../../src/storage/store';
import { faulty } from '../helpers/faulty-store';

const securityError = () => {
  const e = new Error('The operation is insecure.');
  e.name = 'SecurityError';
  throw e;
};

describe('a fallback backend whose open() throws', () => {
  it('is passed over for the next one, and the write in flight lands there', async () => {
    const idb = faulty(createMemoryStore('indexeddb'));
    const switches: Array<[StorageKind, StorageKind]> = [];
    const store = createResilientStore(
      [
        { kind: 'indexeddb', open: () => idb },
        { kind: 'localstorage', open: securityError },
        { kind: 'memory', open: () => createMemoryStore() },
      ],
      (from, to) => switches.push([from, to]),
      50,
    );
    idb.fault = 'reject';
    await expect(store.set('q/1', 'answer')).resolves.toBeUndefined();
    expect(store.kind).toBe('memory');
    expect(await store.get('q/1')).toBe('answer');
    expect(switches.at(-1)?.[1]).toBe('memory');
  });

  it('even when it is the first one', async () => {
    const store = createResilientStore(
      [
        { kind: 'localstorage', open: securityError },
        { kind: 'memory', open: () => createMemoryStore() },
      ],
      () => undefined,
      50,
    );
    await store.set('k', 1);
    expect(store.kind).toBe('memory');
  });
});

describe('the localStorage fallback under a patched Array.prototype.toJSON', () => {
  afterEach(() => {
    // biome-ignore lint/suspicious/noExplicitAny: removing the test's hostile patch
    delete (Array.prototype as any).toJSON;
  });

  it('stores arrays as arrays', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a Prototype.js-style host page
    (Array.prototype as any).toJSON = () => 'hijacked';
    const store = createLocalStore(localStorage);
    await store.set('q/1', { stagesSeen: ['aware', 'use'] });
    expect(await store.get('q/1')).toEqual({ stagesSeen: ['aware', 'use'] });
  });
});
