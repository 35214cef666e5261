import type { Database } from 'better-sqlite3';
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

// cell-sql.ts in SQLite's dialect: `->` gives JSON text, json_extract a string unquoted.
const SQL = cellSql({
  where: WHERE,
  counts: COUNTS,
  param: (name) => `@${name}`,
  text: (path) => `json_extract(data, '$.${path}')`,
  json: (path) => `data -> '$.${path}'`,
  isString: (path) => `json_type(data, '$.${path}') = 'text'`,
  int: (expression) => expression,
  float: (expression) => expression,
});

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
  const counts = db.prepare<[CellParams], CellCountsRow>(SQL.counts);
  const values = db.prepare<[CellParams], ValueRow>(SQL.values);
  const words = db.prepare<[CellParams], QualityWordsRow>(SQL.words);
  return {
    cell(query) {
      const params = cellParams(query);
      return db.transaction(() =>
        assembleCell(
          query,
          counts.get(params) as CellCountsRow,
          values.all(params),
          words.all(params),
        ),
      )();
    },
    words: (query) => assembleWords(query, words.all(wordsParams(query))),
  };
}
