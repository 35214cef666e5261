// The es language chunk: the card's strings and the question bank's texts.
import { BANK_TEXTS } from '../../../model/question-bank/texts/es';
import { es } from '../es';
import type { LocalePack } from '../pack';

export const pack: LocalePack = { strings: es, bank: BANK_TEXTS };
