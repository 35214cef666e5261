// Start-up reads of our small state share one transaction, and still see exactly the writes
// made before they were asked.
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../../src/storage/memory';
import { batchReads } from '../../../src/storage/read-batch';

async function setup() {
  const inner = createMemoryStore();
  await inner.set('s/visitor', 'v-1');
  await inner.set('s/journey', { stagesSeen: ['use'] });
  await inner.set('q/1', { id: 1 });
  const spies = {
    get: vi.spyOn(inner, 'get'),
    entries: vi.spyOn(inner, 'entries'),
  };
  return { inner, spies, store: batchReads(inner) };
}

describe('batchReads', () => {
  it('answers the s/ reads asked in one turn with one read', async () => {
    const { store, spies } = await setup();
    const values = await Promise.all([
      store.get('s/visitor'),
      store.get('s/journey'),
      store.get('s/opt-out'),
      store.get('s/visitor'),
    ]);
    expect(values).toEqual(['v-1', { stagesSeen: ['use'] }, undefined, 'v-1']);
    expect(spies.entries).toHaveBeenCalledTimes(1);
    expect(spies.entries).toHaveBeenCalledWith('s/');
    expect(spies.get).not.toHaveBeenCalled();
  });

  it('reads a key asked alone by itself, and others than s/ straight through', async () => {
    const { store, spies } = await setup();
    expect(await store.get('s/visitor')).toBe('v-1');
    expect(await store.get('q/1')).toEqual({ id: 1 });
    expect(spies.get.mock.calls.map((c) => c[0])).toEqual(['s/visitor', 'q/1']);
    expect(spies.entries).not.toHaveBeenCalled();
  });

  it('lets a read asked before a write miss it, and one asked after see it', async () => {
    const { store } = await setup();
    const before = store.get('s/visitor');
    const beforeToo = store.get('s/journey');
    const written = store.set('s/visitor', 'v-2');
    const after = store.get('s/visitor');
    await written;
    expect(await before).toBe('v-1');
    expect(await beforeToo).toEqual({ stagesSeen: ['use'] });
    expect(await after).toBe('v-2');
  });

  it('sends pending reads before a delete or a transaction too', async () => {
    const { store } = await setup();
    const before = store.get('s/visitor');
    const gone = store.del(['s/visitor']);
    expect(await before).toBe('v-1');
    await gone;
    const again = store.get('s/journey');
    await store.transact('s/', () => ({ changes: { del: ['s/journey'] }, result: undefined }));
    expect(await again).toEqual({ stagesSeen: ['use'] });
    expect(await store.get('s/journey')).toBeUndefined();
  });

  it('fails every read of a batch whose read failed', async () => {
    const { store, spies } = await setup();
    spies.entries.mockRejectedValueOnce(new Error('disk gone'));
    const reads = [store.get('s/visitor'), store.get('s/journey')];
    for (const r of reads) await expect(r).rejects.toThrow('disk gone');
    expect(await store.get('s/visitor')).toBe('v-1');
  });

  it('keeps the kind of the store it wraps', async () => {
    const { store } = await setup();
    expect(store.kind).toBe('memory');
  });

  describe('with the state the opening check read', () => {
    const state: Array<[string, unknown]> = [
      ['s/visitor', 'v-1'],
      ['s/journey', { stagesSeen: ['use'] }],
    ];

    it('answers the first turn of reads from it, without reading again', async () => {
      const { inner, spies } = await setup();
      const store = batchReads(inner, state);
      expect(await Promise.all([store.get('s/visitor'), store.get('s/opt-out')])).toEqual([
        'v-1',
        undefined,
      ]);
      expect(spies.entries).not.toHaveBeenCalled();
      expect(spies.get).not.toHaveBeenCalled();
      // Only once: later turns read the store, where other tabs may have written.
      expect(await store.get('s/visitor')).toBe('v-1');
      expect(spies.get).toHaveBeenCalledTimes(1);
    });

    it('is dropped by a write before the first read, so that read sees the write', async () => {
      const { inner, spies } = await setup();
      const store = batchReads(inner, state);
      await store.set('s/visitor', 'v-2');
      expect(await store.get('s/visitor')).toBe('v-2');
      expect(spies.get).toHaveBeenCalledTimes(1);
    });
  });
});
