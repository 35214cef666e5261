// The survey part of `GET /v1/summary`: per survey, how many responses started, how many were
// completed, and where the others ended. The SQL is each store's (sqlite/ and postgres/
// summary.ts); the figures are assembled here, alike for both.

/** One step of a survey's funnel. */
export interface SurveyStep {
  /** The step's 1-based position among the survey's steps. */
  step: number;
  /** Responses that answered this step (branching may skip it, so a later step can have more). */
  reached: number;
  /** Responses whose last answered step this is, and that were not completed. */
  left: number;
}

/**
 * One survey's completion over the range. A response counts once however often its events were
 * resent; `started` = `completed` + `unanswered` + the `left` of every step.
 */
export interface SurveySummary {
  survey: string;
  /** The survey's step count, as its events give it (the largest, if the survey changed). */
  steps: number;
  /** Distinct responses seen: shown, answered or dismissed. */
  started: number;
  /** Responses with an answer marked `complete`. */
  completed: number;
  /** Completed ÷ started, rounded to 0.0001. */
  completionRate: number;
  /** Responses that were shown but had no step answered (dismissed, or left, at the first). */
  unanswered: number;
  /** Every step from 1 to `steps`, in order, with zeros where no response got to. */
  funnel: SurveyStep[];
}

/** A survey's totals as both databases give them. */
export interface SurveyRow {
  survey: string;
  steps: number;
  started: number;
  completed: number;
  answered: number;
}

/** A survey's step as both databases give it (only steps somebody answered). */
export interface FunnelRow {
  survey: string;
  step: number;
  reached: number;
  left: number;
}

/**
 * Puts the two queries' rows together: the most started survey first, then by id.
 *
 * @example
 * assembleSurveys([{ survey: 's', steps: 2, started: 4, completed: 1, answered: 3 }],
 *   [{ survey: 's', step: 1, reached: 3, left: 2 }, { survey: 's', step: 2, reached: 1, left: 0 }]);
 * // → [{ survey: 's', steps: 2, started: 4, completed: 1, completionRate: 0.25, unanswered: 1,
 * //      funnel: [{ step: 1, reached: 3, left: 2 }, { step: 2, reached: 1, left: 0 }] }]
 */
export function assembleSurveys(surveys: SurveyRow[], funnel: FunnelRow[]): SurveySummary[] {
  const byStep = new Map(funnel.map((row) => [`${row.survey}\u0000${row.step}`, row]));
  return surveys
    .map((row) => ({
      survey: row.survey,
      steps: row.steps,
      started: row.started,
      completed: row.completed,
      completionRate: Math.round((row.completed / row.started) * 10_000) / 10_000,
      unanswered: row.started - row.answered,
      funnel: Array.from({ length: row.steps }, (_, index) => {
        const found = byStep.get(`${row.survey}\u0000${index + 1}`);
        return { step: index + 1, reached: found?.reached ?? 0, left: found?.left ?? 0 };
      }),
    }))
    .sort((a, b) => b.started - a.started || (a.survey < b.survey ? -1 : 1));
}

/**
 * The two queries, written once for both databases: `where` filters the range (in the store's
 * own placeholders) and `int` casts a count (PostgreSQL's are bigint, which postgres.js gives
 * as text). Every response is grouped by its id first, so a step answered twice, or an event
 * resent under a new id, still counts once. The survey rows are read once, through the partial
 * covering index `events_survey` (MATERIALIZED: otherwise SQLite pushes `type = …` into the
 * second use and walks every answer of the range by `events_type_time`).
 */
export function surveySql(where: string, int: (expression: string) => string) {
  const responses = `
    WITH steps AS MATERIALIZED (
      SELECT survey, response_id, type, survey_step AS step, survey_steps AS steps,
        response_complete AS complete
      FROM events
      WHERE survey IS NOT NULL AND ${where}
    ), responses AS (
      SELECT survey, response_id, MAX(steps) AS steps,
        MAX(CASE WHEN type = 'waypoint.answer' THEN step END) AS last_step,
        MAX(CASE WHEN type = 'waypoint.answer' THEN complete ELSE 0 END) AS completed
      FROM steps
      GROUP BY survey, response_id
    )`;
  return {
    surveys: `${responses}
      SELECT survey, ${int('MAX(steps)')} AS steps, ${int('COUNT(*)')} AS started,
        ${int('SUM(completed)')} AS completed, ${int('COUNT(last_step)')} AS answered
      FROM responses
      GROUP BY survey`,
    funnel: `${responses}, answered AS (
        SELECT survey, step, ${int('COUNT(DISTINCT response_id)')} AS reached
        FROM steps
        WHERE type = 'waypoint.answer'
        GROUP BY survey, step
      ), ended AS (
        SELECT survey, last_step AS step, ${int('COUNT(*)')} AS n
        FROM responses
        WHERE completed = 0 AND last_step IS NOT NULL
        GROUP BY survey, last_step
      )
      SELECT answered.survey, answered.step, answered.reached, COALESCE(ended.n, 0) AS "left"
      FROM answered
      LEFT JOIN ended ON ended.survey = answered.survey AND ended.step = answered.step`,
  };
}
