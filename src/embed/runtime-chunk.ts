// The seam to the runtime chunk: a dynamic import for tests and bundlers; the script tag swaps
// this module for `runtime-chunk-tag.ts`, which imports the built chunk file.
export const loadRuntime = () => import('./runtime-entry');
