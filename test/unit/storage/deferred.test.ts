import { describe, expect, it, vi } from 'vitest';
import { deferStore } from '../../../src/storage/deferred';
import { createMemoryStore } from '../../../src/storage/memory';

function setUp() {
  const device = createMemoryStore('indexeddb');
  const open = vi.fn(async () => device);
  return { device, open, store: deferStore(open, 'indexeddb') };
}

describe('a new device keeps nothing until there is something to keep', () => {
  it('keeps the visitor state in memory: the device store is never opened', async () => {
    const { open, store } = setUp();
    await store.set('s/visitor', { id: 'v1' });
    await store.transact('s/targeting', () => ({
      changes: { put: [['s/targeting', { asked: {} }]] },
      result: undefined,
    }));
    expect(await store.get('s/visitor')).toEqual({ id: 'v1' });
    expect(await store.entries('s/')).toHaveLength(2);
    await store.del(['s/visitor']);
    expect(await store.get('s/visitor')).toBeUndefined();
    // Reads outside the state see an empty device without creating it.
    expect(await store.entries('q/')).toEqual([]);
    expect(open).not.toHaveBeenCalled();
    expect(store.kind).toBe('indexeddb');
  });

  it('opens the device at the first record to keep, with what the page wrote before it', async () => {
    const { device, open, store } = setUp();
    await store.set('s/visitor', { id: 'v1' });
    await store.set('q/0001', { event: 'answered' });
    expect(open).toHaveBeenCalledTimes(1);
    expect(await device.get('s/visitor')).toEqual({ id: 'v1' });
    expect(await device.get('q/0001')).toEqual({ event: 'answered' });
    // From now on everything goes to the device.
    await store.set('s/journey', ['use']);
    expect(await device.get('s/journey')).toEqual(['use']);
    await store.del(['s/visitor']);
    expect(await device.get('s/visitor')).toBeUndefined();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens the device when a transaction or a delete outside the state is asked for', async () => {
    for (const act of [
      (s: ReturnType<typeof deferStore>) =>
        s.transact('q/', () => ({ changes: {}, result: undefined })),
      (s: ReturnType<typeof deferStore>) => s.del(['s/a', 'd/1']),
    ]) {
      const { open, store } = setUp();
      await act(store);
      expect(open).toHaveBeenCalledTimes(1);
    }
  });

  it('keep() creates the device store once, and does not overwrite what another tab wrote', async () => {
    const { device, open, store } = setUp();
    await store.set('s/visitor', { id: 'mine' });
    await store.set('s/journey', ['explore']);
    await device.set('s/visitor', { id: 'theirs' }); // another tab started the device meanwhile
    const [a, b] = await Promise.all([store.keep(), store.keep()]);
    expect(a).toBe(device);
    expect(b).toBe(device);
    expect(open).toHaveBeenCalledTimes(1);
    expect(await device.get('s/visitor')).toEqual({ id: 'theirs' });
    expect(await device.get('s/journey')).toEqual(['explore']);
    expect(await store.get('s/visitor')).toEqual({ id: 'theirs' });
  });

  it('a device that cannot be opened fails the write that needed it, and the next one tries again', async () => {
    const device = createMemoryStore('indexeddb');
    const open = vi
      .fn<() => Promise<typeof device>>()
      .mockRejectedValueOnce(new Error('quota'))
      .mockResolvedValue(device);
    const store = deferStore(open, 'indexeddb');
    await expect(store.set('q/1', 1)).rejects.toThrow('quota');
    await store.set('q/1', 1);
    expect(await device.get('q/1')).toBe(1);
  });
});
