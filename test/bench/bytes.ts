// Widget bytes as they would cross the wire from a CDN: brotli quality 11 of each response
// body, computed here from the bodies (the bench server sends them uncompressed).
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';

const cache = new Map<string, number>();

/** Brotli-11 size of `body`; bodies seen before (same bytes) are not compressed again. */
export function brotliSize(body: Buffer): number {
  const key = createHash('sha256').update(body).digest('hex');
  let size = cache.get(key);
  if (size === undefined) {
    size = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length;
    cache.set(key, size);
  }
  return size;
}
