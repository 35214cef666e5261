import { scaleScore } from 'waypoint-feedback/wire';
import type { WireEvent } from './event.ts';
import { type ResponseColumns, responseColumns } from './survey-response.ts';

/**
 * What the summary needs from an event's JSON, computed once when it is stored so that
 * summarising reads plain (indexed) columns instead of parsing every event's `data` again.
 */
export interface DerivedColumns extends ResponseColumns {
  question_type: string | null;
  /** The answer when it is a whole number (scale answers), else null. */
  value_num: number | null;
  /**
   * The answer's 0–100 score (higher is better): the one the device sent (`answer.score`, from
   * the config that asked), else the scale mapping below; null when neither gives one.
   */
  score: number | null;
  /** 1 when the answer carries words to show (an open-text answer or a follow-up). */
  texted: 0 | 1;
}

const hasWords = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** A score the device sent: a number from 0 to 100, or nothing usable. */
function sentScore(score: unknown): number | null {
  return typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 100
    ? score
    : null;
}

/**
 * The summary's columns of one event. The score is the event's own `answer.score` when it
 * carries one (0–100); otherwise, as for events of SDKs before it, the scale mapping: NPS ×10,
 * rating and emoji (v−1)/4×100, effort (v−1)/6×100; anything else, or a value off its scale,
 * has no score.
 *
 * @example
 * deriveColumns(npsAnswer(9)); // → { question_type: 'nps', value_num: 9, score: 90, texted: 0, response_id: null, … }
 */
export function deriveColumns(event: WireEvent): DerivedColumns {
  const data = event.data as {
    question?: { type?: unknown };
    answer?: { value?: unknown; followUp?: unknown; score?: unknown };
  };
  const questionType = typeof data.question?.type === 'string' ? data.question.type : null;
  const answer = event.type === 'waypoint.answer' ? data.answer : undefined;
  const value = answer?.value;
  const whole = typeof value === 'number' && Number.isInteger(value) ? value : null;
  const texted = (questionType === 'text' && hasWords(value)) || hasWords(answer?.followUp);
  // The SDK's own mapping (one definition), for events without a score of their own.
  const mapped = answer && questionType !== null ? (scaleScore(questionType, value) ?? null) : null;
  return {
    question_type: questionType,
    value_num: answer ? whole : null,
    score: sentScore(answer?.score) ?? mapped,
    texted: texted ? 1 : 0,
    ...responseColumns(event.data),
  };
}
