// One heatmap cell's answers (`GET /v1/summary/cell`): its figures, the distribution of its
// closed answers per question, and its latest words with each visitor's stage path. The SQL is
// cell-sql.ts, in each store's dialect; the JSON is assembled here, alike.
import type { CellAnswers, QuestionAnswers, WordsEntry } from './cell-types.ts';
import { queryTextProblem } from './query-text.ts';
import {
  type Counts,
  LATEST_TEXT,
  parseSummaryQuery,
  rate,
  round,
  type SummaryQuery,
  type TextRow,
  toTextEntries,
} from './summary.ts';
import { normalise, termsOf } from './words.ts';

export type { CellAnswers };

/** A summary query narrowed to one quality (and, with `stage`, one cell), maybe one term. */
export interface CellQuery extends SummaryQuery {
  quality: string;
  term?: string;
}

export type CellQueryResult = { ok: true; query: CellQuery } | { ok: false; error: string };

/** The longest term asked for; the terms listed are single words, far shorter. */
const MAX_TERM = 64;

/**
 * Reads `GET /v1/summary/cell`'s parameters: the summary's (`from`, `to`, `site`, `stage`),
 * `quality` (required) and `term` (optional, matched as a whole word, any case).
 *
 * @example
 * parseCellQuery(new URLSearchParams('quality=advocate&stage=use'));
 * // → { ok: true, query: { from: …, to: …, stage: 'use', quality: 'advocate' } }
 */
export function parseCellQuery(params: URLSearchParams, now = new Date()): CellQueryResult {
  const parsed = parseSummaryQuery(params, now);
  if (!parsed.ok) return parsed;
  const quality = params.get('quality');
  if (!quality) return { ok: false, error: 'quality is required, e.g. quality=advocate' };
  const problem = queryTextProblem('quality', quality);
  if (problem !== undefined) return { ok: false, error: problem };
  const query: CellQuery = { ...parsed.query, quality };
  const term = params.get('term');
  if (term) {
    const termProblem = queryTextProblem('term', term);
    if (termProblem !== undefined) return { ok: false, error: termProblem };
    if ([...term].length > MAX_TERM) {
      return { ok: false, error: `term must be at most ${MAX_TERM} characters` };
    }
    query.term = normalise(term.trim());
  }
  return { ok: true, query };
}

/** The cell's counts as both databases give them. */
export type CellCountsRow = Counts & { prompted: number; scored: number; score: number | null };

/** One (question, text, answer value) group; `value_json` is the answer as JSON text. */
export interface ValueRow {
  question_id: string | null;
  question_type: string | null;
  question_text: string | null;
  /** Null for open-text questions: their answers are words, not values to count. */
  value_json: string | null;
  answers: number;
  scored: number;
  score_sum: number | null;
}

/** A row with words, as both databases give it: the answer and the stage path as JSON text. */
export type WordsRow = Omit<TextRow, 'value'> & {
  value_json: string | null;
  path_json: string | null;
  locale: string | null;
};

const SCALE_TYPES = new Set(['nps', 'rating', 'emoji', 'effort']);

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A row's text entries (follow-up first), each with the stage path and locale of its event. */
export function wordsEntries(row: WordsRow): Array<WordsEntry & { locale: string | null }> {
  const { value_json, path_json, locale, ...rest } = row;
  const path = parseJson(path_json);
  const stages = Array.isArray(path) ? path.filter((s): s is string => typeof s === 'string') : [];
  return toTextEntries({ ...rest, value: parseJson(value_json) }).map((entry) => ({
    ...entry,
    path: stages,
    locale,
  }));
}

function byValue(type: string | null) {
  return (a: { value: unknown; count: number }, b: { value: unknown; count: number }) => {
    if (type !== null && SCALE_TYPES.has(type)) return Number(a.value) - Number(b.value);
    return b.count - a.count || (String(a.value) < String(b.value) ? -1 : 1);
  };
}

interface Tally {
  type: string | null;
  answers: number;
  scored: number;
  sum: number;
  /** Answers per text the question was asked in (one per language, or per version). */
  texts: Map<string, number>;
  /** Answers per value, keyed by the value's JSON. */
  counts: Map<string, number>;
}

/** Merges the rows of each question (one per text and value) into its answers. */
function questionsOf(rows: readonly ValueRow[]): QuestionAnswers[] {
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    const id = row.question_id ?? '';
    const tally = tallies.get(id) ?? {
      type: row.question_type,
      answers: 0,
      scored: 0,
      sum: 0,
      texts: new Map(),
      counts: new Map(),
    };
    tallies.set(id, tally);
    tally.answers += row.answers;
    tally.scored += row.scored;
    tally.sum += row.score_sum ?? 0;
    const text = row.question_text ?? '';
    tally.texts.set(text, (tally.texts.get(text) ?? 0) + row.answers);
    const value = parseJson(row.value_json);
    // Each option of a multiple choice counts once; its answer is one response.
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one === null || typeof one === 'object') continue;
      const key = JSON.stringify(one);
      tally.counts.set(key, (tally.counts.get(key) ?? 0) + row.answers);
    }
  }
  return [...tallies]
    .map(([id, t]) => ({
      id,
      type: t.type,
      text: mostAnswered(t.texts),
      answers: t.answers,
      scored: t.scored,
      score: t.scored === 0 ? null : round(t.sum / t.scored, 1),
      values: [...t.counts]
        .map(([key, count]) => ({ value: JSON.parse(key) as string | number | boolean, count }))
        .sort(byValue(t.type)),
    }))
    .sort((a, b) => b.answers - a.answers || (a.id < b.id ? -1 : 1));
}

function mostAnswered(texts: Map<string, number>): string {
  let best = '';
  let most = -1;
  for (const [text, n] of texts) {
    if (n > most || (n === most && text < best)) [best, most] = [text, n];
  }
  return best;
}

/**
 * Builds the JSON of `GET /v1/summary/cell` from one store's rows.
 *
 * @example
 * assembleCell(query, countsRow, valueRows, wordsRows).questions[0].values;
 * // → [{ value: 'partly', count: 3 }, { value: 'yes', count: 1 }]
 */
export function assembleCell(
  query: CellQuery,
  counts: CellCountsRow,
  values: readonly ValueRow[],
  words: readonly WordsRow[],
): CellAnswers {
  const term = query.term;
  const entries = words
    .flatMap(wordsEntries)
    .filter((entry) => term === undefined || termsOf(entry.text, entry.locale).includes(term))
    .slice(0, LATEST_TEXT)
    .map(({ locale: _, ...entry }) => entry);
  return {
    range: { from: query.from, to: query.to },
    site: query.site ?? null,
    quality: query.quality,
    stage: query.stage ?? null,
    term: term ?? null,
    answers: counts.answers,
    shown: counts.shown,
    responseRate: rate(counts.prompted, counts.shown),
    scored: counts.scored,
    score: round(counts.score, 1),
    questions: questionsOf(values),
    words: entries,
  };
}
