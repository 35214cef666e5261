import type { Database } from 'better-sqlite3';
import {
  assembleSummary,
  type CellRow,
  type HeadlineRow,
  LATEST_TEXT,
  type Summary,
  type SummaryParams,
  type SummaryQuery,
  summaryParams,
  type TextRow,
  type TrendRow,
} from '../summary.ts';
import { assembleSurveys, type FunnelRow, type SurveyRow, surveySql } from '../survey-summary.ts';

export const WHERE = `time_ms >= @fromMs AND time_ms < @toMs AND (@site IS NULL OR site = @site)
      AND (@stage IS NULL OR stage = @stage)`;

// One row per event in the range, from the summary's own columns (see derived.ts): the
// covering index events_summary_v2 answers these without reading the events' JSON.
const RANGED = `
  WITH scored AS (
    SELECT type, time_ms, quality, stage, question_type, value_num AS value, score, survey_step
    FROM events
    WHERE ${WHERE}
  )`;

export const COUNTS = `
  COALESCE(SUM(type = 'waypoint.prompt.shown'), 0) AS shown,
  COALESCE(SUM(type = 'waypoint.answer'), 0) AS answers,
  COALESCE(SUM(type = 'waypoint.prompt.dismissed'), 0) AS dismissed,
  COALESCE(SUM(type = 'waypoint.answer' AND COALESCE(survey_step, 1) = 1), 0) AS prompted`;

const CELLS_SQL = `${RANGED}
  SELECT quality, stage, ${COUNTS}, COUNT(score) AS scored, AVG(score) AS score
  FROM scored
  WHERE quality IS NOT NULL AND stage IS NOT NULL
  GROUP BY quality, stage`;

const HEADLINE_SQL = `${RANGED}
  SELECT ${COUNTS},
    COUNT(CASE WHEN question_type = 'nps' AND value >= 9 THEN score END) AS promoters,
    COUNT(CASE WHEN question_type = 'nps' AND value IN (7, 8) THEN score END) AS passives,
    COUNT(CASE WHEN question_type = 'nps' AND value <= 6 THEN score END) AS detractors,
    AVG(CASE WHEN question_type = 'effort' AND score IS NOT NULL THEN value END) AS effort_mean,
    AVG(CASE WHEN question_type = 'effort' THEN score END) AS effort_score,
    COUNT(CASE WHEN question_type = 'effort' THEN score END) AS effort_n,
    AVG(CASE WHEN question_type IN ('rating', 'emoji') THEN score END) AS satisfaction_mean,
    COUNT(CASE WHEN question_type IN ('rating', 'emoji') THEN score END) AS satisfaction_n
  FROM scored`;

// Only the rows with words to show are opened (texted = 1), newest first.
const TEXT_SQL = `
  SELECT time, stage, quality, question_type,
    json_extract(data, '$.question.text') AS question_text,
    json_extract(data, '$.answer.value') AS value,
    json_type(data, '$.answer.value') AS value_type,
    json_extract(data, '$.answer.followUp') AS follow_up
  FROM events
  WHERE texted = 1 AND ${WHERE}
  ORDER BY time_ms DESC, id DESC
  LIMIT ${LATEST_TEXT}`;

const TREND_SQL = `${RANGED}
  SELECT (time_ms / 86400000) * 86400000 AS day_ms, quality,
    COALESCE(SUM(type = 'waypoint.answer'), 0) AS answers, COUNT(score) AS scored, AVG(score) AS score
  FROM scored
  WHERE type = 'waypoint.answer' AND quality IS NOT NULL
  GROUP BY day_ms, quality
  ORDER BY day_ms, quality`;

const SURVEY_SQL = surveySql(WHERE, (count) => count);

type SqliteTextRow = Omit<TextRow, 'value'> & { value: unknown; value_type: string | null };

/**
 * Prepares the summary's six queries on the collector's database (all filtered on the
 * indexed `time_ms`) and returns the function that runs them for one query.
 *
 * @example
 * const summarize = prepareSummary(db);
 * summarize({ from: '2026-11-01', to: '2026-11-30' }).nps; // → { score: 25, n: 20, … }
 */
export function prepareSummary(db: Database): (query: SummaryQuery) => Summary {
  const cells = db.prepare<[SummaryParams], CellRow>(CELLS_SQL);
  const headline = db.prepare<[SummaryParams], HeadlineRow>(HEADLINE_SQL);
  const texts = db.prepare<[SummaryParams], SqliteTextRow>(TEXT_SQL);
  const trend = db.prepare<[SummaryParams], TrendRow>(TREND_SQL);
  const surveys = db.prepare<[SummaryParams], SurveyRow>(SURVEY_SQL.surveys);
  const funnel = db.prepare<[SummaryParams], FunnelRow>(SURVEY_SQL.funnel);

  return (query) => {
    const params = summaryParams(query);
    const textRows = texts.all(params).map(({ value_type, ...row }) => ({
      ...row,
      // json_extract gives an array (several choices) as its JSON text.
      value: value_type === 'array' ? JSON.parse(String(row.value)) : row.value,
    }));
    const h = headline.get(params) as HeadlineRow;
    const bySurvey = assembleSurveys(surveys.all(params), funnel.all(params));
    return assembleSummary(query, h, cells.all(params), textRows, trend.all(params), bySurvey);
  };
}
