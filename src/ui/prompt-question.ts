/**
 * A question in the shape the card takes: every text localised. Texts come from the config,
 * or, for the built-in bank, from the language chunk the card loaded. A shuffled question's
 * options come in the order `seed` gives (model/shuffle.ts).
 */
import { localize } from '../config/localize';
import type { ResolvedQuestion } from '../config/resolved';
import type { BankTexts } from '../model/question-bank/types';
import { shuffled } from '../model/shuffle';
import type { PromptQuestion } from './types';

export function toPromptQuestion(
  q: ResolvedQuestion,
  locale: string,
  bank: BankTexts | undefined,
  seed?: () => string,
): PromptQuestion {
  // Texts first: the bank's option texts go by the options' given index.
  const options = q.options?.map((opt, i) => ({
    id: opt.id,
    text: localize(opt.text, locale) ?? bank?.options?.[i] ?? opt.id,
    fixed: opt.fixed,
  }));
  const min = localize(q.labels?.min, locale) ?? bank?.labels?.min;
  const max = localize(q.labels?.max, locale) ?? bank?.labels?.max;
  const followUpText = localize(q.followUp?.text, locale) ?? bank?.followUp;
  return {
    id: q.id,
    type: q.type,
    quality: q.quality,
    text: localize(q.text, locale) ?? bank?.text ?? q.id,
    labels: min !== undefined || max !== undefined ? { min, max } : undefined,
    options: options && q.shuffle && seed ? shuffled(options, seed(), q.id) : options,
    multiple: q.multiple,
    placeholder: localize(q.placeholder, locale) ?? bank?.placeholder,
    maxLength: q.maxLength,
    followUp: q.followUp && { when: q.followUp.when, text: followUpText ?? '' },
  };
}
