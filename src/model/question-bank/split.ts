/**
 * Splits bank questions into targeting fields and one language's texts. The build runs these
 * once, so the script-tag core carries no text and a language chunk only its own.
 */
import type { BankMeta, BankQuestion, BankText, BankTexts } from './types';

/** `text` in `lang`, then its base language, then English. */
function pick(text: BankText, lang: string): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang.split('-')[0] ?? lang] ?? text.en ?? '';
}

/** Each question without its texts. */
export function bankMeta(bank: readonly BankQuestion[]): BankMeta[] {
  return bank.map((q) => ({
    id: q.id,
    quality: q.quality,
    type: q.type,
    ...(q.stages ? { stages: q.stages } : {}),
    ...(q.options ? { options: q.options.map((o) => ({ id: o.id })) } : {}),
    ...(q.followUp ? { followUp: { when: q.followUp.when } } : {}),
  }));
}

/** Every question's texts in `lang`, by question id. */
export function bankTexts(bank: readonly BankQuestion[], lang: string): Record<string, BankTexts> {
  const out: Record<string, BankTexts> = {};
  for (const q of bank) {
    out[q.id] = {
      text: pick(q.text, lang),
      ...(q.labels
        ? {
            labels: {
              ...(q.labels.min ? { min: pick(q.labels.min, lang) } : {}),
              ...(q.labels.max ? { max: pick(q.labels.max, lang) } : {}),
            },
          }
        : {}),
      ...(q.options ? { options: q.options.map((o) => pick(o.text, lang)) } : {}),
      ...(q.placeholder ? { placeholder: pick(q.placeholder, lang) } : {}),
      ...(q.followUp ? { followUp: pick(q.followUp.text, lang) } : {}),
    };
  }
  return out;
}
