import type { Sql } from 'postgres';
import {
  assembleCell,
  type CellAnswers,
  type CellCountsRow,
  type CellQuery,
  type ValueRow,
} from '../cell-answers.ts';
import { type CellParams, cellParams, cellSql, wordsParams } from '../cell-sql.ts';
import type { SummaryQuery } from '../summary.ts';
import { assembleWords, type QualityWordsRow, type WordsSummary } from '../words-summary.ts';
import { COUNTS, WHERE } from './summary.ts';

// cell-sql.ts in PostgreSQL's dialect. JSON goes out as text (::text), as SQLite's `->` gives
// it, so one assembler parses both; counts and means are cast, or postgres.js gives them as text.
const at = (path: string) =>
  `data->${path
    .split('.')
    .map((key) => `'${key}'`)
    .join('->')}`;
/** `a.b.c` as `data->'a'->'b'->>'c'`: the last step as text. */
const textAt = (path: string) => at(path).replace(/->('[^']*')$/, '->>$1');
const SQL = cellSql({
  where: WHERE,
  counts: COUNTS,
  param: (name) => (name === 'quality' ? '$5::text' : '$6'),
  text: textAt,
  json: (path) => `(${at(path)})::text`,
  isString: (path) => `jsonb_typeof(${at(path)}) = 'string'`,
  int: (expression) => `${expression}::int`,
  float: (expression) => `${expression}::float8`,
});

/** The bound values in the order of WHERE's $1 to $4, then the quality and the limit. */
function positional(p: CellParams) {
  return [p.fromMs, p.toMs, p.site, p.stage, p.quality, p.limit];
}

/**
 * `GET /v1/summary/cell` on PostgreSQL, in one read-only transaction so its three queries
 * see the same rows.
 *
 * @example
 * await cellAnswersOn(sql, { from: '2026-11-01', to: '2026-11-30', quality: 'advocate' });
 */
export async function cellAnswersOn(sql: Sql, query: CellQuery): Promise<CellAnswers> {
  const params = positional(cellParams(query));
  const [counts, values, words] = await sql.begin(
    'ISOLATION LEVEL REPEATABLE READ READ ONLY',
    (tx) =>
      Promise.all([
        tx.unsafe<CellCountsRow[]>(SQL.counts, params.slice(0, 5)),
        tx.unsafe<ValueRow[]>(SQL.values, params.slice(0, 5)),
        tx.unsafe<QualityWordsRow[]>(SQL.words, params),
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
  const rows = await sql.unsafe<QualityWordsRow[]>(SQL.words, positional(wordsParams(query)));
  return assembleWords(query, rows);
}
