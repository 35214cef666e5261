// The storage chunk: the device's stores (IndexedDB, then localStorage, then memory) and the
// wipe that reaches all of them, loaded once the device holds our data or has something to keep.
import { type OpenStorageOptions, openStorage } from './open';
import { batchReads } from './read-batch';

export { delEverywhere } from './wipe-everywhere';

/** The best store that works here, its reads of one turn batched into one transaction. */
export const openBatched = (o: OpenStorageOptions) =>
  openStorage(o).then(({ state, ...x }) => ({ ...x, store: batchReads(x.store, state) }));
