/**
 * The bank's own types: a question as written in the bank (every text in all its languages),
 * and the two halves the build splits it into — targeting fields for the core, and one
 * language's texts for that language's chunk.
 */
import type { Quality } from '../qualities';
import type { QuestionType } from '../question-types';

/** A string, or a map of locale → string. */
export type BankText = string | Readonly<Record<string, string>>;

/** A follow-up's condition: a score range (scales) or answer ids (choice, yes/no). */
export interface BankWhen {
  min?: number;
  max?: number;
  in?: string[];
}

/** One question of the built-in bank, in every language it ships. */
export interface BankQuestion {
  id: string;
  quality: Quality;
  type: QuestionType;
  text: BankText;
  labels?: { min?: BankText; max?: BankText };
  options?: Array<{ id: string; text: BankText }>;
  placeholder?: BankText;
  stages?: string[];
  followUp?: { when: BankWhen; text: BankText };
}

/** What targeting needs of a bank question: everything but its texts. */
export interface BankMeta {
  id: string;
  quality: Quality;
  type: QuestionType;
  stages?: string[];
  options?: Array<{ id: string }>;
  followUp?: { when: BankWhen };
}

/** One language's texts of one bank question. */
export interface BankTexts {
  text: string;
  labels?: { min?: string; max?: string };
  options?: string[];
  placeholder?: string;
  followUp?: string;
}
