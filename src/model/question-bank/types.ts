/**
 * The bank's own types: a question as the bank asks and scores it (no text: each language's
 * file holds its texts), and one language's texts of one question.
 */
import type { Quality } from '../qualities';
import type { QuestionType } from '../question-types';

/** A follow-up's condition: a score range (scales) or answer ids (choice, yes/no). */
export interface BankWhen {
  min?: number;
  max?: number;
  in?: string[];
}

/** One question of the built-in bank: everything but its texts. */
export interface BankQuestion {
  id: string;
  quality: Quality;
  type: QuestionType;
  /** Raised when what the question asks changed, so answers of two versions are not mixed. */
  version?: number;
  stages?: string[];
  /** In the order shown; an option without `score` scores nothing ("does not apply"). */
  options?: Array<{ id: string; score?: number }>;
  /** A yes/no question's score for each answer. */
  score?: { yes: number; no: number };
  followUp?: { when: BankWhen };
}

/** One language's texts of one bank question; `options` in the bank's option order. */
export interface BankTexts {
  text: string;
  labels?: { min?: string; max?: string };
  options?: string[];
  placeholder?: string;
  followUp?: string;
}
