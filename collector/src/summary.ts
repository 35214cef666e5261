import { DEFAULT_STAGES, QUALITIES } from 'waypoint-feedback/wire';
import { queryTextProblem } from './query-text.ts';
import type { Summary, SummaryCell, SummaryQuery, TextEntry, TrendPoint } from './summary-types.ts';
import type { SurveySummary } from './survey-summary.ts';

export type { Summary, SummaryCell, SummaryQuery, TextEntry, TrendPoint };

export type SummaryQueryResult = { ok: true; query: SummaryQuery } | { ok: false; error: string };

const DAY_MS = 86_400_000;
/** The dashboard's default: the last 30 days, today included. */
export const DEFAULT_DAYS = 30;
/** How many open-text entries the summary carries. */
export const LATEST_TEXT = 20;

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
  for (const name of ['site', 'stage'] as const) {
    const value = params.get(name);
    if (!value) continue;
    const problem = queryTextProblem(name, value);
    if (problem !== undefined) return { ok: false, error: problem };
    query[name] = value;
  }
  return { ok: true, query };
}

export interface Counts {
  shown: number;
  answers: number;
  dismissed: number;
}
/** What the rate divides: answers, less the later steps of surveys (see `responseRate`). */
type Prompted = { prompted: number };
export type CellRow = Counts &
  Prompted & {
    quality: string;
    stage: string;
    scored: number;
    score: number | null;
  };
export type HeadlineRow = Counts &
  Prompted & {
    promoters: number;
    passives: number;
    detractors: number;
    effort_mean: number | null;
    effort_score: number | null;
    effort_n: number;
    satisfaction_mean: number | null;
    satisfaction_n: number;
  };
export interface TextRow {
  time: string;
  stage: string | null;
  quality: string | null;
  question_text: string | null;
  question_type: string | null;
  /** The answer's value, already decoded from the database's JSON. */
  value: unknown;
  follow_up: string | null;
}
/** The bound values of every summary query: the range as ms, the site and stage (or null). */
export type SummaryParams = {
  fromMs: number;
  toMs: number;
  site: string | null;
  stage: string | null;
};

/** A trend row as both databases give it: the day as ms since the epoch at midnight UTC. */
export type TrendRow = Omit<TrendPoint, 'day'> & { day_ms: number };

/** The bound values for one query. */
export function summaryParams(query: SummaryQuery): SummaryParams {
  return {
    fromMs: dayStart(query.from) as number,
    toMs: (dayStart(query.to) as number) + DAY_MS,
    site: query.site ?? null,
    stage: query.stage ?? null,
  };
}

/**
 * Builds the JSON of `GET /v1/summary` from the queries' rows; the SQL differs between SQLite
 * and PostgreSQL, the figures do not.
 *
 * @example
 * assembleSummary(query, headlineRow, cellRows, textRows, trendRows, surveys).nps;
 * // → { score: 25, n: 20, … }
 */
export function assembleSummary(
  query: SummaryQuery,
  h: HeadlineRow,
  cells: CellRow[],
  texts: TextRow[],
  trend: TrendRow[],
  surveys: SurveySummary[],
): Summary {
  const npsN = h.promoters + h.passives + h.detractors;
  return {
    range: { from: query.from, to: query.to },
    site: query.site ?? null,
    totals: { ...counts(h), responseRate: rate(h.prompted, h.shown) },
    cells: cells.map(toCell).sort(byCanonicalOrder),
    nps: {
      score: npsN === 0 ? null : round(((h.promoters - h.detractors) / npsN) * 100, 1),
      promoters: h.promoters,
      passives: h.passives,
      detractors: h.detractors,
      n: npsN,
    },
    effort: { mean: round(h.effort_mean, 2), score: round(h.effort_score, 1), n: h.effort_n },
    satisfaction: { mean: round(h.satisfaction_mean, 1), n: h.satisfaction_n },
    latestText: texts.flatMap(toTextEntries).slice(0, LATEST_TEXT),
    trend: trend.map(({ day_ms, score, ...row }) => ({
      day: toDay(Number(day_ms)),
      ...row,
      score: round(score, 1),
    })),
    surveys,
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
    responseRate: rate(row.prompted, row.shown),
    scored: row.scored,
    score: round(row.score, 1),
  };
}

/** An event's words to show: its follow-up, then its open-text answer (either may be absent). */
export function toTextEntries(row: TextRow): TextEntry[] {
  const base = {
    time: row.time,
    stage: row.stage,
    quality: row.quality,
    question: row.question_text ?? '',
  };
  const entries: TextEntry[] = [];
  // A follow-up is newer than the answer it follows, so it comes first.
  if (typeof row.follow_up === 'string' && row.follow_up.trim() !== '') {
    entries.push({ ...base, text: row.follow_up, kind: 'followUp', value: row.value });
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

/** Answered ÷ shown to 0.0001; null when nothing was shown. */
export function rate(answered: number, shown: number): number | null {
  return shown === 0 ? null : round(answered / shown, 4);
}

export function round(value: number | null, digits: number): number | null {
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
