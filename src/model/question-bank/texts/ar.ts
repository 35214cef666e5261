// The bank's texts in this language; the build replaces this module by its value.
import { DEFAULT_QUESTIONS } from '../index';
import { bankTexts } from '../split';

export const BANK_TEXTS = bankTexts(DEFAULT_QUESTIONS, 'ar');
