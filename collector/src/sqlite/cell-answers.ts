import type { Database } from 'better-sqlite3';
import {
  assembleCell,
  type CellAnswers,
  type CellCountsRow,
  type CellQuery,
  TERM_SCAN,
  type ValueRow,
  type WordsRow,
} from '../cell-answers.ts';
import { LATEST_TEXT, type SummaryParams, type SummaryQuery, summaryParams } from '../summary.ts';
import {
  assembleWords,
  type QualityWordsRow,
  WORDS_SCAN,
  type WordsSummary,
} from '../words-summary.ts';
import { COUNTS, WHERE } from './summary.ts';

// One cell's (or, with no stage, one quality's) answers and words, read from the same indexed
// columns as the summary (derived.ts); only the rows shown are opened for their JSON.
type Params = SummaryParams & { quality: string | null; limit: number };

const IN_QUALITY = `${WHERE} AND (@quality IS NULL OR quality = @quality)`;

const COUNTS_SQL = `
  SELECT ${COUNTS}, COUNT(score) AS scored, AVG(score) AS score
  FROM events WHERE ${IN_QUALITY}`;

// `->` gives JSON text (an array stays an array); open-text answers are words, not values.
const VALUES_SQL = `
  SELECT json_extract(data, '$.question.id') AS question_id, question_type,
    json_extract(data, '$.question.text') AS question_text,
    CASE WHEN question_type = 'text' THEN NULL ELSE data -> '$.answer.value' END AS value_json,
    COUNT(*) AS answers, COUNT(score) AS scored, SUM(score) AS score_sum
  FROM events
  WHERE type = 'waypoint.answer' AND ${IN_QUALITY}
  GROUP BY question_id, question_type, question_text, value_json`;

const WORDS_SQL = `
  SELECT time, stage, quality, question_type,
    json_extract(data, '$.question.text') AS question_text,
    data -> '$.answer.value' AS value_json,
    CASE WHEN json_type(data, '$.answer.followUp') = 'text'
      THEN json_extract(data, '$.answer.followUp') END AS follow_up,
    data -> '$.context.journey.stagesSeen' AS path_json,
    json_extract(data, '$.context.locale') AS locale
  FROM events
  WHERE texted = 1 AND ${IN_QUALITY}
  ORDER BY time_ms DESC, id DESC
  LIMIT @limit`;

/**
 * Prepares the queries of `GET /v1/summary/cell` and `GET /v1/summary/words` on the
 * collector's database.
 *
 * @example
 * const answers = prepareCellAnswers(db);
 * answers.cell({ from: '2026-11-01', to: '2026-11-30', quality: 'advocate', stage: 'use' });
 */
export function prepareCellAnswers(db: Database): {
  cell(query: CellQuery): CellAnswers;
  words(query: SummaryQuery): WordsSummary;
} {
  const counts = db.prepare<[Params], CellCountsRow>(COUNTS_SQL);
  const values = db.prepare<[Params], ValueRow>(VALUES_SQL);
  const words = db.prepare<[Params], QualityWordsRow>(WORDS_SQL);
  return {
    cell(query) {
      const limit = query.term === undefined ? LATEST_TEXT : TERM_SCAN;
      const params = { ...summaryParams(query), quality: query.quality, limit };
      return db.transaction(() =>
        assembleCell(
          query,
          counts.get(params) as CellCountsRow,
          values.all(params),
          words.all(params) as WordsRow[],
        ),
      )();
    },
    words(query) {
      const params = { ...summaryParams(query), quality: null, limit: WORDS_SCAN + 1 };
      const rows = words.all(params);
      return assembleWords(query, rows.slice(0, WORDS_SCAN), rows.length > WORDS_SCAN);
    },
  };
}
