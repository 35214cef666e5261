// The de language chunk: the card's strings and the question bank's texts.
import { BANK_TEXTS } from '../../../model/question-bank/texts/de';
import { de } from '../de';
import type { LocalePack } from '../pack';

export const pack: LocalePack = { strings: de, bank: BANK_TEXTS };
