import { describe, expect, it } from 'vitest';
import { mayHoldData } from '../../../src/storage/existing-data';
import { createIdbStore } from '../../../src/storage/idb';

describe('mayHoldData', () => {
  it('says no on a device with nothing of ours, and creates no database asking', async () => {
    window.localStorage.clear();
    expect(await mayHoldData(window.localStorage)).toBe(false);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('waypoint');
  });

  it('says yes once the IndexedDB store holds something', async () => {
    window.localStorage.clear();
    await createIdbStore().set('s/visitor', 'v1');
    expect(await mayHoldData(window.localStorage)).toBe(true);
  });

  it('says yes when the localStorage fallback holds something', async () => {
    window.localStorage.setItem('waypoint:s/remote-config', '{}');
    expect(await mayHoldData(window.localStorage)).toBe(true);
    window.localStorage.clear();
  });
});
