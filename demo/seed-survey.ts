// The demo shop's checkout survey, for the seed. Its steps and branches are the ones the shop
// asks (the `surveys` entry in demo/site/waypoint.json), walked by the SDK's own path rules
// (src/model/survey-path.ts), so the seed and the shop cannot drift apart: a hard checkout goes on to "did our rules get in your way?", an easy one skips it, and
// the dashboard's funnel gets skipped steps, dismissals part-way and responses that just stop.
import { randomUUID } from 'node:crypto';
import type { WireEvent } from '../collector/src/event.ts';
import type { FollowUpWhen } from '../src/model/follow-up.ts';
import { nextStep } from '../src/model/survey-path.ts';

/** The parts of a config's `surveys` entry (DESIGN §2) that the seed walks. */
export interface SeedSurvey {
  id: string;
  steps: Array<{ question: string; next?: Array<{ when?: FollowUpWhen; goto: string }> }>;
  stages?: string[];
  trigger?: { on: string; event?: string };
}

/** The shop's survey `id` in a parsed waypoint.json, or an error naming what is missing. */
export function surveyFromConfig(config: { surveys?: SeedSurvey[] }, id: string): SeedSurvey {
  const survey = config.surveys?.find((s) => s.id === id);
  if (!survey) throw new Error(`the seed needs the survey "${id}", which waypoint.json lacks`);
  return survey;
}

/** What a survey visit needs from the seed: its events, its answers and its randomness. */
export interface SurveyVisit {
  /** One event about `question` at `at` (ms), with `data` beside the question and context. */
  event(type: string, question: string, at: number, data: Record<string, unknown>): WireEvent;
  /** The answer given at a step: `value`, and maybe the follow-up's words. */
  answer(question: string): { value: unknown; followUp?: string };
  random(): number;
}

// Chances of going on at each step: most who leave, leave at the first question.
const STAY_FIRST = 0.7;
const STAY_LATER = 0.85;
// Of those who leave, how many press "Not now" (the rest close the page: no event at all).
const DISMISS = 0.6;

/**
 * One visitor's pass through `survey`, from `start` (ms): the card shown once, an answer per
 * step reached, the last one `complete`, or a dismissal where they stopped.
 *
 * @example
 * surveyVisitEvents(surveyFromConfig(config, 'checkout-survey'), Date.now(),
 *   { event, answer, random: Math.random });
 */
export function surveyVisitEvents(
  survey: SeedSurvey,
  start: number,
  visit: SurveyVisit,
): WireEvent[] {
  const { id: name, steps } = survey;
  const id = randomUUID();
  const response = (at: number, complete: boolean) => ({
    response: { id, survey: name, step: at + 1, steps: steps.length, complete },
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
    const answer = visit.answer(question);
    const next = nextStep(steps, at, answer.value);
    events.push(
      visit.event('waypoint.answer', question, time, { answer, ...response(at, next === -1) }),
    );
    at = next;
  }
  return events;
}
