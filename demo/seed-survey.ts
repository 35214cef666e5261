// The demo shop's checkout survey, for the seed: a card rendered inline at checkout whose steps
// are three of the shop's questions, with a branch, so the dashboard's funnel has skipped steps,
// dismissals part-way and responses that simply stop.
import { randomUUID } from 'node:crypto';
import type { WireEvent } from './collector/event.ts';

interface Branch {
  when?: { min?: number; max?: number };
  goto: string;
}

/**
 * Shaped like a config's `surveys` entry (DESIGN §2): easy checkouts go on to the choice
 * question and end there; hard ones skip it and are asked, in their own words, why.
 */
export const CHECKOUT_SURVEY: { id: string; steps: Array<{ question: string; next?: Branch[] }> } =
  {
    id: 'checkout-survey',
    steps: [
      { question: 'preventive-effort', next: [{ when: { max: 4 }, goto: 'perspective-words' }] },
      { question: 'choice-freedom', next: [{ goto: 'end' }] },
      { question: 'perspective-words' },
    ],
  };

/** What a survey visit needs from the seed: its events, its answers and its randomness. */
export interface SurveyVisit {
  /** One event about `question` at `at` (ms), with `data` beside the question and context. */
  event(type: string, question: string, at: number, data: Record<string, unknown>): WireEvent;
  answer(question: string): unknown;
  random(): number;
}

// Chances of going on at each step: most who leave, leave at the first question.
const STAY_FIRST = 0.7;
const STAY_LATER = 0.85;
// Of those who leave, how many press "Not now" (the rest close the page: no event at all).
const DISMISS = 0.6;

/**
 * One visitor's pass through the checkout survey, from `start` (ms): the card shown once, an
 * answer per step reached, the last one `complete`, or a dismissal where they stopped.
 *
 * @example
 * surveyVisitEvents(Date.now(), { event, answer, random: Math.random });
 */
export function surveyVisitEvents(start: number, visit: SurveyVisit): WireEvent[] {
  const { id: survey, steps } = CHECKOUT_SURVEY;
  const id = randomUUID();
  const response = (at: number, complete: boolean) => ({
    response: { id, survey, step: at + 1, steps: steps.length, complete },
  });
  const first = steps[0]?.question ?? '';
  const events = [visit.event('waypoint.prompt.shown', first, start, response(0, false))];
  let time = start;
  for (let at = 0; at !== -1; ) {
    const question = steps[at]?.question ?? '';
    time += (5 + visit.random() * 40) * 1000;
    if (visit.random() > (at === 0 ? STAY_FIRST : STAY_LATER)) {
      if (visit.random() < DISMISS) {
        events.push(visit.event('waypoint.prompt.dismissed', question, time, response(at, false)));
      }
      break;
    }
    const value = visit.answer(question);
    const next = nextStep(at, value);
    events.push(
      visit.event('waypoint.answer', question, time, {
        answer: { value },
        ...response(at, next === -1),
      }),
    );
    at = next;
  }
  return events;
}

/** The index of the step after `at` answered `value`, or -1 at the end (branches go forward). */
function nextStep(at: number, value: unknown): number {
  const { steps } = CHECKOUT_SURVEY;
  for (const branch of steps[at]?.next ?? []) {
    const { min = -Infinity, max = Infinity } = branch.when ?? {};
    if (branch.when && !(typeof value === 'number' && value >= min && value <= max)) continue;
    return branch.goto === 'end' ? -1 : steps.findIndex((step) => step.question === branch.goto);
  }
  return at + 1 < steps.length ? at + 1 : -1;
}
