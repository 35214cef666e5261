// The runtime chunk's version of chunks.ts: only the tag's core knows the chunk files, so it
// hands its loaders over as it wakes the runtime (embed/runtime-entry.ts).
import type * as Chunks from './chunks';

let given: typeof Chunks | undefined;

/** The core's loaders, before anything in the runtime chunk loads a chunk. */
export function handChunks(chunks: typeof Chunks): void {
  given = chunks;
}

/** The loaders, or a rejection (never a throw: a loader's caller expects a promise). */
const from = (): Promise<typeof Chunks> =>
  given ? Promise.resolve(given) : Promise.reject(new Error('no chunk loaders were handed over'));

export const loadUi: typeof Chunks.loadUi = () => from().then((c) => c.loadUi());
export const loadAct: typeof Chunks.loadAct = () => from().then((c) => c.loadAct());
export const loadDelivery: typeof Chunks.loadDelivery = () => from().then((c) => c.loadDelivery());
export const loadValidator: typeof Chunks.loadValidator = () =>
  from().then((c) => c.loadValidator());
export const loadEngine: typeof Chunks.loadEngine = () => from().then((c) => c.loadEngine());
export const loadLauncher: typeof Chunks.loadLauncher = () => from().then((c) => c.loadLauncher());
export const loadStorage: typeof Chunks.loadStorage = () => from().then((c) => c.loadStorage());
export const loadPack: typeof Chunks.loadPack = (lang) => from().then((c) => c.loadPack(lang));
