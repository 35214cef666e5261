/**
 * Sampling that is sticky per visitor: whether a visitor is in a question's sample is a hash of
 * their id and the question id, so it is the same on every page and every visit — never a new
 * coin toss per page, which would ask everyone eventually. Anonymous visitors have no id, so
 * their sample sticks for the session.
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

/** A stable number in [0, 1) for this seed (visitor or session id) and question. */
export function sampleSlot(seed: string, questionId: string): number {
  return hash32(`${seed}:${questionId}`) / 4294967296;
}

/**
 * Whether the visitor `seed` is in the sample of `questionId` at `rate` (0–1).
 *
 * @example
 * inSample(0.2, visitorId, 'advocate-nps'); // the same answer on every page for this visitor
 */
export function inSample(rate: number, seed: string, questionId: string): boolean {
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  return sampleSlot(seed, questionId) < rate;
}
