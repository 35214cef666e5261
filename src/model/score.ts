/**
 * An answer's score, 0 (worst) to 100 (best), so every quality can be compared on one axis.
 * One definition for the device (which sends it as `data.answer.score`) and for receivers of
 * older events without one (the collector, through `waypoint-feedback/wire`).
 */
import { SCALES } from './question-types';

/** What scoring needs of a question: its type, its options' scores, a yes/no's scores. */
export interface Scorable {
  type: string;
  options?: ReadonlyArray<{ id: string; score?: number }>;
  score?: { yes: number; no: number };
}

/**
 * A scale answer on 0–100: NPS ×10, rating and emoji (v−1)/4×100, effort (v−1)/6×100.
 * `undefined` for a type that is not a scale, or a value that is not a whole number on it.
 *
 * @example
 * scaleScore('effort', 7); // → 100
 */
export function scaleScore(type: string, value: unknown): number | undefined {
  const s = (SCALES as Record<string, { min: number; max: number } | undefined>)[type];
  if (!s || typeof value !== 'number' || value % 1 !== 0 || value < s.min || value > s.max) return;
  return ((value - s.min) * 100) / (s.max - s.min);
}

/**
 * The score of `value` as an answer to `q`: scales by their mapping; a yes/no by its declared
 * `score`; a choice by the mean of the chosen options that declare one. `undefined` when
 * nothing declares a score (text, unscored options), as before scores existed.
 *
 * @example
 * answerScore({ type: 'yesno', score: { yes: 0, no: 100 } }, 'no'); // → 100
 * const options = [{ id: 'a', score: 100 }, { id: 'b', score: 50 }];
 * answerScore({ type: 'choice', options }, ['a', 'b']); // → 75
 */
export function answerScore(q: Scorable, value: unknown): number | undefined {
  if (q.type === 'yesno') return value === 'yes' || value === 'no' ? q.score?.[value] : undefined;
  if (q.type !== 'choice') return scaleScore(q.type, value);
  const chosen = Array.isArray(value) ? value : [value];
  let sum = 0;
  let n = 0;
  for (const o of q.options ?? []) {
    if (o.score !== undefined && chosen.includes(o.id)) {
      sum += o.score;
      n++;
    }
  }
  return n ? sum / n : undefined;
}
