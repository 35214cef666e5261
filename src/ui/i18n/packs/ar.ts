// The ar language chunk: the card's strings and the question bank's texts.
import { BANK_TEXTS } from '../../../model/question-bank/texts/ar';
import { ar } from '../ar';
import type { LocalePack } from '../pack';

export const pack: LocalePack = { strings: ar, bank: BANK_TEXTS };
