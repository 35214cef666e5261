/**
 * Imports one of the script tag's chunk files from the tag's base URL. A failed import is
 * remembered by the browser for that URL (whatwg/html#6768), so a retry asks for a fresh URL:
 * a later `ask` works once the network lets the chunk through.
 */
let base = '';
const tries = new Map<string, number>();

/**
 * A chunk file that could not be imported (name `ChunkError`). The usual cause is an install
 * that copied waypoint.js alone, so the message says which file and what to copy.
 */
function chunkError(file: string | undefined, cause: unknown): Error {
  const e = new Error(
    `the file ${file} was not found next to waypoint.js; copy every dist/waypoint*.js file (${String(cause)})`,
  );
  e.name = 'ChunkError';
  return e;
}

/** Where the chunks live: the directory of the tag's own `src` (read while the tag runs). */
export function setChunkBase(scriptSrc: string | undefined): void {
  if (scriptSrc) base = new URL('.', scriptSrc).href;
}

export function importChunk<T>(file: string | undefined): Promise<T> {
  return Promise.resolve()
    .then(() => {
      if (!file) throw new Error('unknown chunk');
      const n = tries.get(file);
      const url = new URL(file, base || undefined).href + (n ? `?retry=${n}` : '');
      return import(/* webpackIgnore: true */ url) as Promise<T>;
    })
    .catch((e: unknown) => {
      if (file) tries.set(file, (tries.get(file) ?? 0) + 1);
      throw chunkError(file, e);
    });
}
