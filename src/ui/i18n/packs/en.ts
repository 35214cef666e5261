// The en language chunk: the card's strings and the question bank's texts.
import { BANK_TEXTS } from '../../../model/question-bank/texts/en';
import { en } from '../en';
import type { LocalePack } from '../pack';

export const pack: LocalePack = { strings: en, bank: BANK_TEXTS };
