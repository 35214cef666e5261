/**
 * One hash for everything that must be sticky per visitor without storing anything: the
 * sample a visitor is in, and the order a shuffled question shows its options in.
 */

/**
 * A well-mixed 32-bit hash of `text` (FNV-1a, then the murmur3 finaliser so that ids differing
 * in one character land far apart).
 *
 * @example
 * hash32('visitor-1:advocate-nps'); // → an integer in [0, 2^32)
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
