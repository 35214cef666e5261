import type { Database } from 'better-sqlite3';
import { QUALITIES } from '../../src/model/qualities.ts';
import { DEFAULT_STAGES } from '../../src/model/stages.ts';

/** What `GET /v1/summary` aggregates: whole UTC days `from`–`to` (inclusive), one site or all. */
export interface SummaryQuery {
  /** `YYYY-MM-DD`, a UTC day. */
  from: string;
  /** `YYYY-MM-DD`, a UTC day, included whole. */
  to: string;
  site?: string;
}

/** One quality × stage pair. `score` is the mean 0–100 score of its scale answers. */
export interface SummaryCell {
  quality: string;
  stage: string;
  answers: number;
  shown: number;
  dismissed: number;
  /** Answers ÷ prompts shown; null when nothing was shown. */
  responseRate: number | null;
  /** How many answers were on a scale (nps, rating, effort, emoji): the n behind `score`. */
  scored: number;
  score: number | null;
}

/** An open-text answer, or the free-text follow-up to any answer (then `value` is that answer). */
export interface TextEntry {
  time: string;
  stage: string | null;
  quality: string | null;
  question: string;
  text: string;
  kind: 'answer' | 'followUp';
  value?: unknown;
}

/** The JSON body of `GET /v1/summary`. Scores are rounded to 0.1, rates to 0.0001. */
export interface Summary {
  range: { from: string; to: string };
  site: string | null;
  totals: { shown: number; answers: number; dismissed: number; responseRate: number | null };
  cells: SummaryCell[];
  nps: { score: number | null; promoters: number; passives: number; detractors: number; n: number };
  /** `mean` on the question's own 1–7 scale (7 = very easy); `score` normalised to 0–100. */
  effort: { mean: number | null; score: number | null; n: number };
  /** Rating and emoji answers, both 1–5, normalised to 0–100 so they can be averaged. */
  satisfaction: { mean: number | null; n: number };
  latestText: TextEntry[];
}

export type SummaryQueryResult = { ok: true; query: SummaryQuery } | { ok: false; error: string };

const DAY_MS = 86_400_000;
/** The dashboard's default: the last 30 days, today included. */
export const DEFAULT_DAYS = 30;
const LATEST_TEXT = 20;

/**
 * Reads `?from=`, `?to=` (UTC days as `YYYY-MM-DD`) and `?site=` for `GET /v1/summary`.
 * Missing dates default to the last 30 days ending today (UTC).
 *
 * @example
 * parseSummaryQuery(new URLSearchParams('from=2026-11-01&to=2026-11-30'));
 * // → { ok: true, query: { from: '2026-11-01', to: '2026-11-30' } }
 */
export function parseSummaryQuery(params: URLSearchParams, now = new Date()): SummaryQueryResult {
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name);
    if (value && dayStart(value) === undefined) {
      return {
        ok: false,
        error: `${name} must be a date as YYYY-MM-DD, got "${value.slice(0, 40)}"`,
      };
    }
  }
  const to = params.get('to') || toDay(now.getTime());
  const from = params.get('from') || toDay((dayStart(to) as number) - (DEFAULT_DAYS - 1) * DAY_MS);
  // Same-length ISO days compare correctly as text.
  if (from > to) return { ok: false, error: `from (${from}) must not be after to (${to})` };

  const query: SummaryQuery = { from, to };
  const site = params.get('site');
  if (site) query.site = site;
  return { ok: true, query };
}

// One row per event in the range, with the answer's parts pulled out of the JSON once. A
// scale answer gets its 0–100 score; anything else (yes/no, choice, text, out of range) NULL.
const RANGED = `
  WITH ranged AS (
    SELECT id, type, time, time_ms, quality, stage,
      json_extract(data, '$.question.type') AS question_type,
      json_extract(data, '$.question.text') AS question_text,
      json_extract(data, '$.answer.value') AS value,
      json_type(data, '$.answer.value') AS value_type,
      json_extract(data, '$.answer.followUp') AS follow_up
    FROM events
    WHERE time_ms >= @fromMs AND time_ms < @toMs AND (@site IS NULL OR site = @site)
  ),
  scored AS (
    SELECT *,
      CASE
        WHEN type <> 'waypoint.answer' OR typeof(value) <> 'integer' THEN NULL
        WHEN question_type = 'nps' AND value BETWEEN 0 AND 10 THEN value * 10.0
        WHEN question_type IN ('rating', 'emoji') AND value BETWEEN 1 AND 5 THEN (value - 1) * 25.0
        WHEN question_type = 'effort' AND value BETWEEN 1 AND 7 THEN (value - 1) * 100.0 / 6
      END AS score
    FROM ranged
  )`;

const COUNTS = `
  COALESCE(SUM(type = 'waypoint.prompt.shown'), 0) AS shown,
  COALESCE(SUM(type = 'waypoint.answer'), 0) AS answers,
  COALESCE(SUM(type = 'waypoint.prompt.dismissed'), 0) AS dismissed`;

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

const TEXT_SQL = `${RANGED}
  SELECT time, stage, quality, question_text, question_type, value, value_type, follow_up
  FROM ranged
  WHERE type = 'waypoint.answer'
    AND ((question_type = 'text' AND typeof(value) = 'text' AND trim(value) <> '')
      OR (typeof(follow_up) = 'text' AND trim(follow_up) <> ''))
  ORDER BY time_ms DESC, id DESC
  LIMIT ${LATEST_TEXT}`;

interface Counts {
  shown: number;
  answers: number;
  dismissed: number;
}
type CellRow = Counts & { quality: string; stage: string; scored: number; score: number | null };
type HeadlineRow = Counts & {
  promoters: number;
  passives: number;
  detractors: number;
  effort_mean: number | null;
  effort_score: number | null;
  effort_n: number;
  satisfaction_mean: number | null;
  satisfaction_n: number;
};
interface TextRow {
  time: string;
  stage: string | null;
  quality: string | null;
  question_text: string | null;
  question_type: string | null;
  value: unknown;
  value_type: string | null;
  follow_up: string | null;
}
type Params = { fromMs: number; toMs: number; site: string | null };

/**
 * Prepares the summary's three queries on the collector's database (all filtered on the
 * indexed `time_ms`) and returns the function that runs them for one query.
 *
 * @example
 * const summarize = prepareSummary(db);
 * summarize({ from: '2026-11-01', to: '2026-11-30' }).nps; // → { score: 25, n: 20, … }
 */
export function prepareSummary(db: Database): (query: SummaryQuery) => Summary {
  const cells = db.prepare<[Params], CellRow>(CELLS_SQL);
  const headline = db.prepare<[Params], HeadlineRow>(HEADLINE_SQL);
  const texts = db.prepare<[Params], TextRow>(TEXT_SQL);

  return (query) => {
    const params: Params = {
      fromMs: dayStart(query.from) as number,
      toMs: (dayStart(query.to) as number) + DAY_MS,
      site: query.site ?? null,
    };
    const h = headline.get(params) as HeadlineRow;
    const npsN = h.promoters + h.passives + h.detractors;
    return {
      range: { from: query.from, to: query.to },
      site: query.site ?? null,
      totals: { ...counts(h), responseRate: rate(h.answers, h.shown) },
      cells: cells.all(params).map(toCell).sort(byCanonicalOrder),
      nps: {
        score: npsN === 0 ? null : round(((h.promoters - h.detractors) / npsN) * 100, 1),
        promoters: h.promoters,
        passives: h.passives,
        detractors: h.detractors,
        n: npsN,
      },
      effort: { mean: round(h.effort_mean, 2), score: round(h.effort_score, 1), n: h.effort_n },
      satisfaction: { mean: round(h.satisfaction_mean, 1), n: h.satisfaction_n },
      latestText: texts.all(params).flatMap(toTextEntries).slice(0, LATEST_TEXT),
    };
  };
}

function counts(row: Counts): Counts {
  return { shown: row.shown, answers: row.answers, dismissed: row.dismissed };
}

function toCell(row: CellRow): SummaryCell {
  return {
    quality: row.quality,
    stage: row.stage,
    ...counts(row),
    responseRate: rate(row.answers, row.shown),
    scored: row.scored,
    score: round(row.score, 1),
  };
}

function toTextEntries(row: TextRow): TextEntry[] {
  const base = {
    time: row.time,
    stage: row.stage,
    quality: row.quality,
    question: row.question_text ?? '',
  };
  const entries: TextEntry[] = [];
  // A follow-up is newer than the answer it follows, so it comes first.
  if (typeof row.follow_up === 'string' && row.follow_up.trim() !== '') {
    // json_extract gives an array (several choices) as its JSON text.
    const value = row.value_type === 'array' ? JSON.parse(String(row.value)) : row.value;
    entries.push({ ...base, text: row.follow_up, kind: 'followUp', value });
  }
  if (row.question_type === 'text' && typeof row.value === 'string' && row.value.trim() !== '') {
    entries.push({ ...base, text: row.value, kind: 'answer' });
  }
  return entries;
}

// Reports read in the model's order (DESIGN §1), not the alphabet's; a site's own stages follow.
function byCanonicalOrder(a: SummaryCell, b: SummaryCell): number {
  const rank = (list: readonly string[], id: string) => {
    const at = list.indexOf(id);
    return at === -1 ? list.length : at;
  };
  return (
    rank(QUALITIES, a.quality) - rank(QUALITIES, b.quality) ||
    rank(DEFAULT_STAGES, a.stage) - rank(DEFAULT_STAGES, b.stage) ||
    a.stage.localeCompare(b.stage)
  );
}

function rate(answers: number, shown: number): number | null {
  return shown === 0 ? null : round(answers / shown, 4);
}

function round(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Midnight UTC of a real `YYYY-MM-DD` day in ms, or undefined (2026-02-30 is not a day). */
function dayStart(day: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(ms) && toDay(ms) === day ? ms : undefined;
}

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
