// The JSON of `GET /v1/summary/cell` (one heatmap cell's answers) and `GET /v1/summary/words`
// (each quality's most used terms), as types only: the dashboard's scripts check against them.
import type { TextEntry } from './summary-types.ts';

/** One closed answer (an option id, a scale value, yes/no) and how many gave it. */
export interface AnswerCount {
  value: string | number | boolean;
  count: number;
}

/** One question's answers in the cell. Its text is the one most answers were asked in. */
export interface QuestionAnswers {
  id: string;
  type: string | null;
  text: string;
  answers: number;
  /** Answers with a score (sent by the device, or the collector's scale mapping). */
  scored: number;
  score: number | null;
  /**
   * Closed answers by value: scales in scale order, others most given first; each option of a
   * multiple choice counts once. Empty for open-text questions, whose words are in `words`.
   */
  values: AnswerCount[];
}

/** Words a visitor wrote, with the journey stages they had seen by then (oldest first). */
export interface WordsEntry extends TextEntry {
  /** `context.journey.stagesSeen` as sent; empty when the event did not carry it. */
  path: string[];
}

/** The JSON body of `GET /v1/summary/cell`. Scores are rounded to 0.1, rates to 0.0001. */
export interface CellAnswers {
  range: { from: string; to: string };
  site: string | null;
  quality: string;
  /** The cell's stage; null for the whole quality (every stage). */
  stage: string | null;
  /** Only words containing this term (as `GET /v1/summary/words` lists it); else null. */
  term: string | null;
  answers: number;
  shown: number;
  responseRate: number | null;
  scored: number;
  score: number | null;
  /** Most answered first. */
  questions: QuestionAnswers[];
  /** The latest text answers and follow-ups, newest first. */
  words: WordsEntry[];
}

/** A term and the number of answers (text answers and follow-ups) that use it. */
export interface TermCount {
  term: string;
  count: number;
}

/** One quality's most used terms over the range. */
export interface QualityTerms {
  quality: string;
  /** How many written answers were read for it. */
  texts: number;
  terms: TermCount[];
}

/** The JSON body of `GET /v1/summary/words`. */
export interface WordsSummary {
  range: { from: string; to: string };
  site: string | null;
  stage: string | null;
  /** Qualities with written answers, in the model's order. */
  qualities: QualityTerms[];
  /** True when the range held more written answers than are read (the newest are). */
  capped: boolean;
}
