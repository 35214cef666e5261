/**
 * Where a survey goes after a step (DESIGN §2 surveys). Even on a config not validated yet, a
 * branch back or to a missing step ends the survey rather than loop.
 */
import { type FollowUpWhen, followUpApplies } from './follow-up';

export interface PathStep {
  question: string;
  next?: ReadonlyArray<{ when?: FollowUpWhen; goto: string }>;
}

/** The step that ends a survey, as a `goto`. */
export const END = 'end';

/**
 * The index of the step after `steps[at]` answered with `value`, or -1 when the survey ends:
 * the first branch whose `when` holds (none: always) names it, else the step that follows.
 *
 * @example
 * nextStep([{ question: 'a', next: [{ when: { max: 3 }, goto: 'c' }] }, { question: 'b' },
 *   { question: 'c' }], 0, 2); // 2
 */
export function nextStep(steps: readonly PathStep[], at: number, value: unknown): number {
  for (const branch of steps[at]?.next ?? []) {
    if (branch.when && !followUpApplies(branch.when, value)) continue;
    if (branch.goto === END) return -1;
    const to = steps.findIndex((s) => s.question === branch.goto);
    return to > at ? to : -1;
  }
  return at + 1 < steps.length ? at + 1 : -1;
}
