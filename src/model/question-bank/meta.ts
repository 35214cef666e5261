/**
 * The built-in question bank: each quality asked with a better and a worse end, so every
 * quality is scored, and the customer's words as a follow-up where words say more. No text
 * here: each language's file (ui/i18n/<lang>.ts) holds the bank's texts in that language.
 */
import type { BankQuestion } from './types';

/** A three-step answer with a clear better end: fully, partly, not (yet). */
const YES_PARTLY_NO = (partly: string) => [
  { id: 'yes', score: 100 },
  { id: partly, score: 50 },
  { id: 'no', score: 0 },
];
/** "Yes" is the worse answer to a question about an obstacle. */
const OBSTACLE = { yes: 0, no: 100 };

/** In canonical quality order; perspective also asks at `aware`, where no other quality fits. */
export const BANK_META: readonly BankQuestion[] = [
  // The need in the customer's words, before anything of ours shaped how they put it: unscored.
  { id: 'perspective-reason', quality: 'perspective', type: 'text', stages: ['aware'] },
  {
    id: 'perspective-match',
    quality: 'perspective',
    type: 'rating',
    followUp: { when: { min: 1 } },
  },
  {
    id: 'preventive-effort',
    quality: 'preventive',
    type: 'effort',
    followUp: { when: { max: 3 } },
  },
  {
    id: 'duration-need',
    quality: 'duration',
    type: 'choice',
    options: YES_PARTLY_NO('partly'),
    followUp: { when: { in: ['partly', 'no'] } },
  },
  {
    // Version 2: it asked whether needs had changed, which has no better or worse answer.
    id: 'dynamic-change',
    quality: 'dynamic',
    type: 'choice',
    version: 2,
    options: [
      { id: 'not-at-all', score: 0 },
      { id: 'slightly', score: 25 },
      { id: 'moderately', score: 50 },
      { id: 'very', score: 75 },
      { id: 'extremely', score: 100 },
      { id: 'unchanged' },
    ],
    followUp: { when: { in: ['not-at-all', 'slightly'] } },
  },
  {
    id: 'choice-freedom',
    quality: 'choice',
    type: 'choice',
    options: YES_PARTLY_NO('somewhat'),
    followUp: { when: { in: ['somewhat', 'no'] } },
  },
  { id: 'multifaceted-feeling', quality: 'multifaceted', type: 'emoji' },
  {
    id: 'operational-obstacles',
    quality: 'operational',
    type: 'yesno',
    score: OBSTACLE,
    followUp: { when: { in: ['yes'] } },
  },
  {
    id: 'integrative-repeat',
    quality: 'integrative',
    type: 'yesno',
    score: OBSTACLE,
    followUp: { when: { in: ['yes'] } },
  },
  {
    // Version 2: it asked only what they will need next (now the follow-up), with no score.
    id: 'anticipatory-next',
    quality: 'anticipatory',
    type: 'rating',
    version: 2,
    followUp: { when: { min: 1 } },
  },
  { id: 'transparent-intent', quality: 'transparent', type: 'rating' },
  { id: 'advocate-nps', quality: 'advocate', type: 'nps', followUp: { when: { max: 6 } } },
];
