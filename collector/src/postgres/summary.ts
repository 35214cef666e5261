import type { Sql } from 'postgres';
import {
  assembleSummary,
  type CellRow,
  type HeadlineRow,
  LATEST_TEXT,
  type Summary,
  type SummaryQuery,
  summaryParams,
  type TextRow,
  type TrendRow,
} from '../summary.ts';
import { assembleSurveys, type FunnelRow, type SurveyRow, surveySql } from '../survey-summary.ts';

// The same figures as sqlite/summary.ts in PostgreSQL's dialect, from the summary's own
// columns (derived.ts). Counts and means are cast, or postgres.js returns them as text.
export const WHERE = `time_ms >= $1 AND time_ms < $2 AND ($3::text IS NULL OR site = $3::text)
      AND ($4::text IS NULL OR stage = $4::text)`;

const RANGED = `
  WITH scored AS (
    SELECT type, time_ms, quality, stage, question_type, value_num AS num, score, survey_step
    FROM events
    WHERE ${WHERE}
  )`;

export const COUNTS = `
  (COUNT(*) FILTER (WHERE type = 'waypoint.prompt.shown'))::int AS shown,
  (COUNT(*) FILTER (WHERE type = 'waypoint.answer'))::int AS answers,
  (COUNT(*) FILTER (WHERE type = 'waypoint.prompt.dismissed'))::int AS dismissed,
  (COUNT(*) FILTER (WHERE type = 'waypoint.answer' AND COALESCE(survey_step, 1) = 1))::int
    AS prompted`;

const CELLS_SQL = `${RANGED}
  SELECT quality, stage, ${COUNTS}, COUNT(score)::int AS scored, AVG(score)::float8 AS score
  FROM scored
  WHERE quality IS NOT NULL AND stage IS NOT NULL
  GROUP BY quality, stage`;

const HEADLINE_SQL = `${RANGED}
  SELECT ${COUNTS},
    COUNT(score) FILTER (WHERE question_type = 'nps' AND num >= 9)::int AS promoters,
    COUNT(score) FILTER (WHERE question_type = 'nps' AND num IN (7, 8))::int AS passives,
    COUNT(score) FILTER (WHERE question_type = 'nps' AND num <= 6)::int AS detractors,
    (AVG(num) FILTER (WHERE question_type = 'effort' AND score IS NOT NULL))::float8 AS effort_mean,
    (AVG(score) FILTER (WHERE question_type = 'effort'))::float8 AS effort_score,
    COUNT(score) FILTER (WHERE question_type = 'effort')::int AS effort_n,
    (AVG(score) FILTER (WHERE question_type IN ('rating', 'emoji')))::float8 AS satisfaction_mean,
    COUNT(score) FILTER (WHERE question_type IN ('rating', 'emoji'))::int AS satisfaction_n
  FROM scored`;

// Only the rows with words to show are opened (texted = 1), newest first.
const TEXT_SQL = `
  SELECT time, stage, quality, question_type,
    data->'question'->>'text' AS question_text,
    data->'answer'->'value' AS value,
    CASE WHEN jsonb_typeof(data->'answer'->'followUp') = 'string'
      THEN data->'answer'->>'followUp' END AS follow_up
  FROM events
  WHERE texted = 1 AND ${WHERE}
  ORDER BY time_ms DESC, id DESC
  LIMIT ${LATEST_TEXT}`;

const TREND_SQL = `${RANGED}
  SELECT ((time_ms / 86400000) * 86400000)::float8 AS day_ms, quality,
    COUNT(*)::int AS answers, COUNT(score)::int AS scored, AVG(score)::float8 AS score
  FROM scored
  WHERE type = 'waypoint.answer' AND quality IS NOT NULL
  GROUP BY day_ms, quality
  ORDER BY day_ms, quality`;

const SURVEY_SQL = surveySql(WHERE, (count) => `(${count})::int`);

/**
 * Runs the summary's six queries on PostgreSQL, in one read-only transaction so all six
 * see the same rows.
 *
 * @example
 * await summarizeOn(sql, { from: '2026-11-01', to: '2026-11-30' });
 */
export async function summarizeOn(sql: Sql, query: SummaryQuery): Promise<Summary> {
  const p = summaryParams(query);
  const params = [p.fromMs, p.toMs, p.site, p.stage];
  const [headline, cells, texts, trend, surveys, funnel] = await sql.begin(
    'ISOLATION LEVEL REPEATABLE READ READ ONLY',
    (tx) =>
      Promise.all([
        tx.unsafe<HeadlineRow[]>(HEADLINE_SQL, params),
        tx.unsafe<CellRow[]>(CELLS_SQL, params),
        tx.unsafe<TextRow[]>(TEXT_SQL, params),
        tx.unsafe<TrendRow[]>(TREND_SQL, params),
        tx.unsafe<SurveyRow[]>(SURVEY_SQL.surveys, params),
        tx.unsafe<FunnelRow[]>(SURVEY_SQL.funnel, params),
      ]),
  );
  const bySurvey = assembleSurveys([...surveys], [...funnel]);
  return assembleSummary(
    query,
    headline[0] as HeadlineRow,
    [...cells],
    [...texts],
    [...trend],
    bySurvey,
  );
}
