/**
 * A choice question's options in a sticky per-visitor order (DESIGN §2, `"shuffle": true`), so
 * no option gains from always being first, yet a visitor sees the same order on every page.
 * Nothing is stored: the order follows from the visitor's seed and the question id.
 */
import { hash32 } from './hash';

/**
 * `options` in the order `seed` gives for `questionId`; options with `fixed: true` ("None of
 * these", "Other") keep their index. A new array; the given one is left as it was.
 *
 * @example
 * shuffled([{ id: 'a' }, { id: 'b' }, { id: 'other', fixed: true }], 'visitor-1', 'q');
 * // → e.g. [{ id: 'b' }, { id: 'a' }, { id: 'other', fixed: true }]
 */
export function shuffled<T extends { fixed?: boolean }>(
  options: readonly T[],
  seed: string,
  questionId: string,
): T[] {
  const out = [...options];
  const free = out.flatMap((o, i) => (o.fixed ? [] : [i]));
  // Fisher–Yates over the free slots, each draw its own hash: no PRNG to carry, and the
  // modulo's bias is below n / 2^32.
  for (let i = free.length - 1; i > 0; i--) {
    const a = free[i] as number;
    const b = free[hash32(`${seed}:${questionId}:${i}`) % (i + 1)] as number;
    [out[a], out[b]] = [out[b] as T, out[a] as T];
  }
  return out;
}
