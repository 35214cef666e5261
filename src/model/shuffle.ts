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
  let s = hash32(`${seed}:${questionId}`);
  // Fisher–Yates over the free slots, drawing from mulberry32 (a tiny, well-mixed 32-bit PRNG).
  for (let i = free.length - 1; i > 0; i--) {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    const j = (((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * (i + 1);
    const a = free[i] as number;
    const b = free[j | 0] as number;
    [out[a], out[b]] = [out[b] as T, out[a] as T];
  }
  return out;
}
