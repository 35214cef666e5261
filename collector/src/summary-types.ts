// The JSON of `GET /v1/summary`, as types only: the dashboard's scripts check against them
// without pulling in the server's code.
import type { SurveySummary } from './survey-summary.ts';

/** What `GET /v1/summary` aggregates: whole UTC days `from`–`to` (inclusive), one site or all. */
export interface SummaryQuery {
  /** `YYYY-MM-DD`, a UTC day. */
  from: string;
  /** `YYYY-MM-DD`, a UTC day, included whole. */
  to: string;
  site?: string;
  /** One journey stage, or all. */
  stage?: string;
}

/**
 * One quality × stage pair. `score` is the mean 0–100 score of its scored answers: the score
 * each event carries, or the scale mapping for an event without one (`derived.ts`).
 */
export interface SummaryCell {
  quality: string;
  stage: string;
  answers: number;
  shown: number;
  dismissed: number;
  /**
   * Prompts answered ÷ prompts shown; null when nothing was shown. A survey's card is shown once
   * and answered by its first step: its later steps count in `answers`, not here.
   */
  responseRate: number | null;
  /** How many answers have a score: the n behind `score`. */
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
  /** Per UTC day and quality: the trend the dashboard draws (days with answers only). */
  trend: TrendPoint[];
  /** Per survey: started, completed and where the others left (`survey-summary.ts`). */
  surveys: SurveySummary[];
}

/** One quality on one day: how many answers, how many scored, and their mean score. */
export interface TrendPoint {
  day: string;
  quality: string;
  answers: number;
  scored: number;
  score: number | null;
}
