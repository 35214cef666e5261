// The queries of one cell's (or, with no stage, one quality's) answers and words, written once
// for both stores: each names how its dialect reads a JSON path, binds a value and casts. They
// read the summary's indexed columns (derived.ts); only the rows shown are opened for their JSON.
import type { CellQuery } from './cell-answers.ts';
import { LATEST_TEXT, type SummaryParams, type SummaryQuery, summaryParams } from './summary.ts';
import { WORDS_SCAN } from './words-summary.ts';

/** How many rows with words a term filter reads at most (the newest). */
export const TERM_SCAN = 5_000;

/** The bound values: the summary's, the quality (null for all) and how many rows with words. */
export type CellParams = SummaryParams & { quality: string | null; limit: number };

/** How one database spells what the queries need; a JSON path is dotted (`answer.value`). */
export interface CellDialect {
  /** The summary's range, site and stage condition. */
  where: string;
  /** The summary's counts: shown, answers, dismissed, prompted. */
  counts: string;
  param(name: 'quality' | 'limit'): string;
  /** The value at a path as text: a string unquoted. */
  text(path: string): string;
  /** The value at a path as JSON text (an array stays an array). */
  json(path: string): string;
  /** True where the value at a path is a JSON string. */
  isString(path: string): string;
  int(expression: string): string;
  float(expression: string): string;
}

/**
 * The three queries: the cell's counts, its answers grouped by question, text and value, and
 * its newest rows with words (also those of `GET /v1/summary/words`, with no quality).
 *
 * @example
 * db.prepare(cellSql({ where: WHERE, counts: COUNTS, param: (n) => `@${n}`, … }).counts);
 */
export function cellSql(d: CellDialect): { counts: string; values: string; words: string } {
  const quality = d.param('quality');
  const inQuality = `${d.where} AND (${quality} IS NULL OR quality = ${quality})`;
  return {
    counts: `
      SELECT ${d.counts}, ${d.int('COUNT(score)')} AS scored, ${d.float('AVG(score)')} AS score
      FROM events WHERE ${inQuality}`,
    // Open-text answers are words, not values to count.
    values: `
      SELECT ${d.text('question.id')} AS question_id, question_type,
        ${d.text('question.text')} AS question_text,
        CASE WHEN question_type = 'text' THEN NULL ELSE ${d.json('answer.value')} END
          AS value_json,
        ${d.int('COUNT(*)')} AS answers, ${d.int('COUNT(score)')} AS scored,
        ${d.float('SUM(score)')} AS score_sum
      FROM events
      WHERE type = 'waypoint.answer' AND ${inQuality}
      GROUP BY 1, 2, 3, 4`,
    words: `
      SELECT time, stage, quality, question_type,
        ${d.text('question.text')} AS question_text,
        ${d.json('answer.value')} AS value_json,
        CASE WHEN ${d.isString('answer.followUp')} THEN ${d.text('answer.followUp')} END
          AS follow_up,
        ${d.json('context.journey.stagesSeen')} AS path_json,
        ${d.text('context.locale')} AS locale
      FROM events
      WHERE texted = 1 AND ${inQuality}
      ORDER BY time_ms DESC, id DESC
      LIMIT ${d.param('limit')}`,
  };
}

/** The bound values of a cell: a term filter reads further back than the latest words shown. */
export function cellParams(query: CellQuery): CellParams {
  const limit = query.term === undefined ? LATEST_TEXT : TERM_SCAN;
  return { ...summaryParams(query), quality: query.quality, limit };
}

/** The bound values of `GET /v1/summary/words`: every quality, one row past the scan's cap. */
export function wordsParams(query: SummaryQuery): CellParams {
  return { ...summaryParams(query), quality: null, limit: WORDS_SCAN + 1 };
}
