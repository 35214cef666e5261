// The default bank speaks every language the UI does: a French page never gets an English
// question in a French card.
import { describe, expect, it } from 'vitest';
import { localize } from '../../../src/config/localize';
import type { LocalizedText } from '../../../src/config/schema';
import { BANK_META } from '../../../src/model/question-bank/meta';
import { isScale } from '../../../src/model/question-types';
import { arBank } from '../../../src/ui/i18n/ar';
import { deBank } from '../../../src/ui/i18n/de';
import { DEFAULT_QUESTIONS } from '../../../src/ui/i18n/default-questions';
import { enBank } from '../../../src/ui/i18n/en';
import { esBank } from '../../../src/ui/i18n/es';
import { frBank } from '../../../src/ui/i18n/fr';
import { UI_LOCALES } from '../../../src/ui/i18n/locales';

const BANKS = { en: enBank, fr: frBank, de: deBank, es: esBank, ar: arBank };

/** Every localised text of a question, with where it sits. */
function texts(q: (typeof DEFAULT_QUESTIONS)[number]): Array<[string, LocalizedText]> {
  const all: Array<[string, LocalizedText | undefined]> = [
    ['text', q.text],
    ['labels.min', q.labels?.min],
    ['labels.max', q.labels?.max],
    ['placeholder', q.placeholder],
    ['followUp.text', q.followUp?.text],
    ...(q.options ?? []).map((o): [string, LocalizedText] => [`options.${o.id}`, o.text]),
  ];
  return all.filter((e): e is [string, LocalizedText] => e[1] !== undefined);
}

describe("each language's file", () => {
  it.each(Object.entries(BANKS))(
    '%s has the texts of every bank question, and no others',
    (_, bank) => {
      expect(Object.keys(bank)).toEqual(BANK_META.map((q) => q.id));
      for (const q of BANK_META) {
        const t = bank[q.id];
        expect(t?.options?.length, q.id).toBe(q.options?.length);
        expect(!!t?.labels?.min && !!t?.labels?.max, q.id).toBe(
          isScale(q.type) && q.type !== 'emoji',
        );
        expect(t?.followUp !== undefined, q.id).toBe(q.followUp !== undefined);
        expect(t?.placeholder !== undefined, q.id).toBe(q.type === 'text');
      }
    },
  );
});

describe('the default question bank', () => {
  it.each(DEFAULT_QUESTIONS.map((q) => [q.id, q] as const))('%s has every UI locale', (_, q) => {
    for (const [where, text] of texts(q)) {
      expect(typeof text, where).toBe('object');
      const map = text as Record<string, string>;
      expect(Object.keys(map).sort(), where).toEqual([...UI_LOCALES].sort());
      for (const [locale, value] of Object.entries(map)) {
        expect(value.trim(), `${where} ${locale}`).toBe(value);
        expect(value.length, `${where} ${locale}`).toBeGreaterThan(0);
        // Same kind of sentence in every language: a question stays a question.
        if (where === 'text' || where === 'followUp.text') {
          expect(/[?؟]$/.test(value), `${where} ${locale}`).toBe(/[?؟]$/.test(map.en ?? ''));
        }
      }
    }
  });

  it('reads in Arabic with an Arabic question mark and in French with its spacing', () => {
    const nps = DEFAULT_QUESTIONS.find((q) => q.id === 'advocate-nps');
    expect(localize(nps?.text ?? '', 'ar-SA')).toMatch(/؟$/);
    expect(localize(nps?.text ?? '', 'fr-BE')).toMatch(/\u202f\?$/);
  });
});
