// The fr language chunk: the card's strings and the question bank's texts.
import { BANK_TEXTS } from '../../../model/question-bank/texts/fr';
import { fr } from '../fr';
import type { LocalePack } from '../pack';

export const pack: LocalePack = { strings: fr, bank: BANK_TEXTS };
