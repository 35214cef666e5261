/**
 * The built-in bank as config questions, every text in every language: for a site that starts
 * from the bank and edits it. The SDK itself never needs this join (the core runs on the bank
 * without texts, the card on one language's file), so only the npm export reaches it.
 */
import type { QuestionConfig } from '../../config/schema';
import { BANK_META } from '../../model/question-bank/meta';
import type { BankTexts } from '../../model/question-bank/types';
import { arBank } from './ar';
import { deBank } from './de';
import { enBank } from './en';
import { esBank } from './es';
import { frBank } from './fr';

const BANKS: Record<string, Record<string, BankTexts>> = {
  en: enBank,
  fr: frBank,
  de: deBank,
  es: esBank,
  ar: arBank,
};

/** `pick` of every language's texts of `id`, as `{ en, fr, … }`, or undefined when none has it. */
function each(id: string, pick: (t: BankTexts) => string | undefined) {
  const out: Record<string, string> = {};
  for (const [lang, bank] of Object.entries(BANKS)) {
    const t = bank[id] && pick(bank[id]);
    if (t !== undefined) out[lang] = t;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The default questions, ready for `questions` in a config (ids, scores and versions as the
 * SDK asks them when a config names no questions).
 *
 * @example
 * createWaypoint({ endpoint: '/v1/events', questions: [...DEFAULT_QUESTIONS, myQuestion] });
 */
export const DEFAULT_QUESTIONS: readonly QuestionConfig[] = /* @__PURE__ */ BANK_META.map(
  ({ followUp: f, options, ...q }) => {
    const min = each(q.id, (t) => t.labels?.min);
    const max = each(q.id, (t) => t.labels?.max);
    const placeholder = each(q.id, (t) => t.placeholder);
    const followUp = each(q.id, (t) => t.followUp);
    const question: QuestionConfig = { ...q, text: each(q.id, (t) => t.text) ?? q.id };
    if (min || max) question.labels = { ...(min && { min }), ...(max && { max }) };
    if (options)
      question.options = options.map((o, i) => ({
        ...o,
        text: each(q.id, (t) => t.options?.[i]) ?? o.id,
      }));
    if (placeholder) question.placeholder = placeholder;
    if (f && followUp) question.followUp = { when: f.when, text: followUp };
    return question;
  },
);
