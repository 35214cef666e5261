/**
 * The choice among eligible questions (DESIGN §4): priority, then the quality asked least
 * recently, then a hash of visitor and question, so every question of a stage gets its share.
 */
import type { Question } from '../../config/schema';
import type { VisitorState } from '../visitor-state';
import { hash32 } from './sampling';

type Choosable = Pick<Question, 'id' | 'quality' | 'priority'>;

/**
 * The question to ask among `eligible`, or undefined when none is.
 *
 * @example
 * choose(eligibleQuestions, state, visitorId); // e.g. the never-asked quality's question
 */
export function choose<Q extends Choosable>(
  eligible: readonly Q[],
  state: Pick<VisitorState, 'qualities'>,
  seed: string,
): Q | undefined {
  // The quality asked least recently wins a tie, so each visitor's few prompts spread out.
  const lastAsked = (q: Q) => state.qualities[q.quality] ?? Number.NEGATIVE_INFINITY;
  let best: Q | undefined;
  for (const q of eligible) {
    if (!best) best = q;
    else if (q.priority !== best.priority) best = q.priority > best.priority ? q : best;
    else if (lastAsked(q) !== lastAsked(best)) best = lastAsked(q) < lastAsked(best) ? q : best;
    else best = hash32(`${seed}|${q.id}`) < hash32(`${seed}|${best.id}`) ? q : best;
  }
  return best;
}
