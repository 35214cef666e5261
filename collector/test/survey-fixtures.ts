// Survey-step events as the SDK sends them (DESIGN §2 surveys): one response id across the
// steps, the card shown once (step 1), an answer per step answered, a dismissal where it ended.
import type { WireEvent } from '../src/event.ts';
import type { SurveySummary } from '../src/survey-summary.ts';
import { makeEvent } from './fixtures.ts';

export const DAY = '2026-06-10';

export interface StepOptions {
  survey?: string;
  steps?: number;
  /** Minutes after midnight UTC of {@link DAY}, or a whole date-time. */
  at?: number | string;
  site?: string;
  stage?: string;
  /** The event's own id (to resend one); default a fresh one. */
  id?: string;
}

type Kind = 'shown' | 'answer' | 'dismissed';
const TYPES: Record<Kind, string> = {
  shown: 'waypoint.prompt.shown',
  answer: 'waypoint.answer',
  dismissed: 'waypoint.prompt.dismissed',
};

/** Minutes after midnight UTC of {@link DAY}, or a date-time, as ms. */
function startMs(at: number | string): number {
  return typeof at === 'string' ? Date.parse(at) : Date.parse(`${DAY}T00:00:00Z`) + at * 60_000;
}

/** One event of response `id` at `step`; `complete` only on the answer that ends the survey. */
export function stepEvent(
  kind: Kind,
  id: string,
  step: number,
  options: StepOptions & { complete?: boolean } = {},
): WireEvent {
  const { survey = 'checkout', steps = 3, at = 0, complete = false, ...rest } = options;
  const time = new Date(startMs(at)).toISOString();
  const event = makeEvent({
    type: TYPES[kind],
    subject: `q${step}`,
    time,
    quality: 'preventive',
    stage: 'decide',
    data: {
      question: { id: `q${step}`, type: 'rating', text: `Step ${step}?`, version: 1 },
      ...(kind === 'answer' ? { answer: { value: 4 } } : {}),
      context: { page: '/checkout', locale: 'en', trigger: 'inline' },
      response: { id, survey, step, steps, complete },
    },
  });
  return { ...event, ...rest } as WireEvent;
}

/**
 * A whole response: shown at step 1, then each step in `answered` (the last `complete` when
 * `completed`), then, if `dismissedAt`, a dismissal there. One minute between events.
 */
export function response(
  id: string,
  plan: { answered: number[]; completed?: boolean; dismissedAt?: number; shown?: boolean },
  options: StepOptions = {},
): WireEvent[] {
  const start = startMs(options.at ?? 0);
  const events: WireEvent[] = [];
  const at = () => ({ ...options, at: new Date(start + events.length * 60_000).toISOString() });
  if (plan.shown !== false) events.push(stepEvent('shown', id, 1, at()));
  plan.answered.forEach((step, index) => {
    const complete = plan.completed === true && index === plan.answered.length - 1;
    events.push(stepEvent('answer', id, step, { ...at(), complete }));
  });
  if (plan.dismissedAt !== undefined)
    events.push(stepEvent('dismissed', id, plan.dismissedAt, at()));
  return events;
}

/** The expected figures of one survey, the funnel as `[reached, left]` per step. */
export function figures(
  survey: string,
  f: { started: number; completed: number; unanswered: number; funnel: Array<[number, number]> },
): SurveySummary {
  return {
    survey,
    steps: f.funnel.length,
    started: f.started,
    completed: f.completed,
    completionRate: Math.round((f.completed / f.started) * 10_000) / 10_000,
    unanswered: f.unanswered,
    funnel: f.funnel.map(([reached, left], index) => ({ step: index + 1, reached, left })),
  };
}
