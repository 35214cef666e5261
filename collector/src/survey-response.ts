/**
 * The survey columns of one event, from its `data.response` (DESIGN §2 surveys): one response id
 * across a survey's steps, the 1-based `step` among `steps`, and `complete` on the last
 * answered step. All five are null on an event that is not a survey step.
 */
export interface ResponseColumns {
  response_id: string | null;
  survey: string | null;
  survey_step: number | null;
  survey_steps: number | null;
  /** 1 on the answer that completed the survey, 0 on its other events. */
  response_complete: 0 | 1 | null;
}

/**
 * Storage bounds, not the SDK's rules (its config allows 20 steps): ids stay far below
 * PostgreSQL's ~2.7 KB index-entry limit and steps fit an `integer`, so no sender can turn a
 * stored event into a 5xx that its SDK would retry for ever.
 */
export const RESPONSE_LIMITS = { idBytes: 256, steps: 100 } as const;

const NONE: ResponseColumns = {
  response_id: null,
  survey: null,
  survey_step: null,
  survey_steps: null,
  response_complete: null,
};

const isId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  Buffer.byteLength(value) <= RESPONSE_LIMITS.idBytes;

const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;

/**
 * Reads `data.response`, all or nothing. A malformed one is no reason to refuse the event: the
 * answer in it is still a customer's answer (DESIGN §5: a lost answer is a customer who spoke
 * and was not heard), so it is stored and counted everywhere else, only not in survey figures.
 *
 * @example
 * responseColumns({ response: { id: 'r1', survey: 'checkout', step: 2, steps: 3, complete: false } });
 * // → { response_id: 'r1', survey: 'checkout', survey_step: 2, survey_steps: 3, response_complete: 0 }
 */
export function responseColumns(data: Record<string, unknown>): ResponseColumns {
  const response = data.response;
  if (typeof response !== 'object' || response === null) return NONE;
  const { id, survey, step, steps, complete } = response as Record<string, unknown>;
  if (!isId(id) || !isId(survey) || typeof complete !== 'boolean') return NONE;
  if (!isCount(steps, RESPONSE_LIMITS.steps) || !isCount(step, steps)) return NONE;
  return {
    response_id: id,
    survey,
    survey_step: step,
    survey_steps: steps,
    response_complete: complete ? 1 : 0,
  };
}
