/**
 * Sticky sampling: a hash of visitor and question, the same on every page and visit (a new coin
 * toss per page would ask everyone eventually). Anonymous visitors' samples stick per session.
 */
import { hash32 } from '../../model/hash';

export { hash32 } from '../../model/hash';

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
