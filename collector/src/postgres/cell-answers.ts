import type { Sql } from 'postgres';
import {
  assembleCell,
  type CellAnswers,
  type CellCountsRow,
  type CellQuery,
  TERM_SCAN,
  type ValueRow,
  type WordsRow,
} from '../cell-answers.ts';
import { LATEST_TEXT, type SummaryQuery, summaryParams } from '../summary.ts';
import {
  assembleWords,
  type QualityWordsRow,
  WORDS_SCAN,
  type WordsSummary,
} from '../words-summary.ts';
import { COUNTS, WHERE } from './summary.ts';

// The same queries as sqlite/cell-answers.ts in PostgreSQL's dialect. JSON goes out as text
// (::text), as SQLite's `->` gives it, so one assembler parses both.
const IN_QUALITY = `${WHERE} AND ($5::text IS NULL OR quality = $5::text)`;

const COUNTS_SQL = `
  SELECT ${COUNTS}, COUNT(score)::int AS scored, AVG(score)::float8 AS score
  FROM events WHERE ${IN_QUALITY}`;

const VALUES_SQL = `
  SELECT data->'question'->>'id' AS question_id, question_type,
    data->'question'->>'text' AS question_text,
    CASE WHEN question_type = 'text' THEN NULL ELSE (data->'answer'->'value')::text END
      AS value_json,
    COUNT(*)::int AS answers, COUNT(score)::int AS scored, SUM(score)::float8 AS score_sum
  FROM events
  WHERE type = 'waypoint.answer' AND ${IN_QUALITY}
  GROUP BY 1, 2, 3, 4`;

const WORDS_SQL = `
  SELECT time, stage, quality, question_type,
    data->'question'->>'text' AS question_text,
    (data->'answer'->'value')::text AS value_json,
    CASE WHEN jsonb_typeof(data->'answer'->'followUp') = 'string'
      THEN data->'answer'->>'followUp' END AS follow_up,
    (data->'context'->'journey'->'stagesSeen')::text AS path_json,
    data->'context'->>'locale' AS locale
  FROM events
  WHERE texted = 1 AND ${IN_QUALITY}
  ORDER BY time_ms DESC, id DESC
  LIMIT $6`;

function paramsOf(query: SummaryQuery, quality: string | null, limit: number) {
  const p = summaryParams(query);
  return [p.fromMs, p.toMs, p.site, p.stage, quality, limit];
}

/**
 * `GET /v1/summary/cell` on PostgreSQL, in one read-only transaction so its three queries
 * see the same rows.
 *
 * @example
 * await cellAnswersOn(sql, { from: '2026-11-01', to: '2026-11-30', quality: 'advocate' });
 */
export async function cellAnswersOn(sql: Sql, query: CellQuery): Promise<CellAnswers> {
  const limit = query.term === undefined ? LATEST_TEXT : TERM_SCAN;
  const params = paramsOf(query, query.quality, limit);
  const [counts, values, words] = await sql.begin(
    'ISOLATION LEVEL REPEATABLE READ READ ONLY',
    (tx) =>
      Promise.all([
        tx.unsafe<CellCountsRow[]>(COUNTS_SQL, params.slice(0, 5)),
        tx.unsafe<ValueRow[]>(VALUES_SQL, params.slice(0, 5)),
        tx.unsafe<WordsRow[]>(WORDS_SQL, params),
      ]),
  );
  return assembleCell(query, counts[0] as CellCountsRow, [...values], [...words]);
}

/**
 * `GET /v1/summary/words` on PostgreSQL.
 *
 * @example
 * await wordsOn(sql, { from: '2026-11-01', to: '2026-11-30' });
 */
export async function wordsOn(sql: Sql, query: SummaryQuery): Promise<WordsSummary> {
  const rows = await sql.unsafe<QualityWordsRow[]>(
    WORDS_SQL,
    paramsOf(query, null, WORDS_SCAN + 1),
  );
  return assembleWords(query, rows.slice(0, WORDS_SCAN), rows.length > WORDS_SCAN);
}
