import type { BankTexts } from '../../model/question-bank/types';
import type { Strings } from './en';

/** One language chunk: the card's strings and the bank's texts in that language. */
export interface LocalePack {
  strings: Strings;
  /** Bank question id → its texts. */
  bank: Record<string, BankTexts>;
}
