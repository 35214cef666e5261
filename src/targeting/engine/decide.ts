/**
 * One decision when a trigger fires: every question's eligibility with its reason, and the one
 * question chosen. Pure, so the runtime, the debug table and the simulation share it.
 */
import type { Question } from '../../config/schema';
import { choose } from './choose';
import {
  type EligibilityInput,
  eligibility,
  type Reason,
  type TargetedQuestion,
} from './eligibility';

export interface Verdict<Q> {
  question: Q;
  eligible: boolean;
  reason: Reason;
}

export interface Decision<Q> {
  verdicts: Array<Verdict<Q>>;
  chosen: Q | undefined;
}

/**
 * Every question's eligibility for this moment, and the one to show.
 *
 * @example
 * const { chosen, verdicts } = decide(config.questions, { fired, stage, state, limits, now,
 *   seed, moment });
 */
export function decide<Q extends TargetedQuestion & Pick<Question, 'priority'>>(
  questions: readonly Q[],
  moment: Omit<EligibilityInput, 'question'>,
): Decision<Q> {
  const verdicts = questions.map((question) => ({
    question,
    ...eligibility({ ...moment, question }),
  }));
  const eligible = verdicts.filter((v) => v.eligible).map((v) => v.question);
  return { verdicts, chosen: choose(eligible, moment.state, moment.seed) };
}
