// The bank's targeting fields. The script-tag build replaces this module by its value, so the
// core never carries the bank's texts (rollup.config.mjs, `precompute`).
import { DEFAULT_QUESTIONS } from './index';
import { bankMeta } from './split';

export const BANK_META = bankMeta(DEFAULT_QUESTIONS);
