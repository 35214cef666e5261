// The words summary's pieces: cutting a text into meaningful terms per language, ranking them,
// reading GET /v1/summary/cell's parameters, and assembling the words summary from a store's rows.
import { describe, expect, it } from 'vitest';
import { parseCellQuery } from '../src/cell-answers.ts';
import { termsOf, topTerms } from '../src/words.ts';
import { assembleWords, type QualityWordsRow, WORDS_SCAN } from '../src/words-summary.ts';

describe('termsOf', () => {
  it.each([
    ['en', 'The delivery was late, very late.', ['delivery', 'late']],
    ['en-GB', 'Lovely TEA and lovely cakes!', ['lovely', 'tea', 'cakes']],
    ['de', 'Die Lieferung war zu spät.', ['lieferung', 'spät']],
    [
      'fr',
      "Le colis est arrivé en retard, c'est dommage.",
      ['colis', 'arrivé', 'retard', 'dommage'],
    ],
    // stopwords-iso's lists are broad: "llegó" and "tarde" are Spanish stop words there.
    ['es', 'El pedido llegó tarde y roto.', ['pedido', 'roto']],
    ['ar', 'كان التوصيل بطيئا', ['التوصيل', 'بطيئا']],
    // No locale, or one without a list, reads as English.
    [null, 'It was the best tea.', ['tea']],
    ['xx', 'It was the best tea.', ['tea']],
  ])('keeps the meaningful words of a %s text', (locale, text, expected) => {
    expect(termsOf(text, locale)).toEqual(expected);
  });

  it('drops numbers, single letters and markup signs, and composes accents', () => {
    expect(termsOf("Parcel 12345 <b>x</b> took 3 days, the customer's", 'en')).toEqual([
      'parcel',
      'days',
      'customer',
    ]);
    expect(termsOf('Cafe\u0301 café CAFÉ', 'fr')).toEqual(['café']);
  });
});

describe('topTerms', () => {
  it('counts each term once per text, most used first, ties alphabetically', () => {
    const texts = [
      { text: 'late late late delivery', locale: 'en' },
      { text: 'Late again', locale: 'en' },
      { text: 'friendly staff', locale: 'en' },
    ];
    expect(topTerms(texts, 3)).toEqual([
      { term: 'late', count: 2 },
      { term: 'delivery', count: 1 },
      { term: 'friendly', count: 1 },
    ]);
  });
});

describe('parseCellQuery', () => {
  const now = new Date('2026-11-22T09:30:00Z');
  const parse = (search: string) => parseCellQuery(new URLSearchParams(search), now);

  it('reads the range, the quality, the stage and a term (normalised)', () => {
    expect(
      parse('from=2026-11-01&to=2026-11-05&quality=duration&stage=use&term=%20Late%20'),
    ).toEqual({
      ok: true,
      query: {
        from: '2026-11-01',
        to: '2026-11-05',
        quality: 'duration',
        stage: 'use',
        term: 'late',
      },
    });
  });

  it.each([
    ['stage=use', /^quality is required/],
    ['quality=a%00', /^quality .*NUL/],
    ['quality=advocate&term=a%00', /^term .*NUL/],
    [`quality=advocate&term=${'t'.repeat(65)}`, /^term must be at most 64 characters/],
    ['quality=advocate&from=2026-13-01', /^from must be a date/],
  ])('refuses %s, naming the parameter', (search, message) => {
    const result = parse(search);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('assembleWords', () => {
  const row = (value: string): QualityWordsRow => ({
    time: '2026-11-20T10:00:00.000Z',
    stage: 'use',
    quality: 'perspective',
    question_type: 'text',
    question_text: 'What should we improve?',
    value_json: JSON.stringify(value),
    follow_up: null,
    path_json: '["use"]',
    locale: 'en',
  });
  const query = { from: '2026-11-01', to: '2026-11-30' };

  it('counts every row it is given when they are no more than the scan', () => {
    const words = assembleWords(query, [row('Late parcel'), row('Late again')]);
    expect(words.capped).toBe(false);
    expect(words.qualities).toEqual([
      {
        quality: 'perspective',
        texts: 2,
        terms: [
          { term: 'late', count: 2 },
          { term: 'parcel', count: 1 },
        ],
      },
    ]);
  });

  it('counts WORDS_SCAN rows and says the range held more (a store reads one past)', () => {
    const rows = Array.from({ length: WORDS_SCAN }, () => row('Fine'));
    const words = assembleWords(query, [...rows, row('Unseen')]);
    expect(words.capped).toBe(true);
    expect(words.qualities[0]?.texts).toBe(WORDS_SCAN);
    expect(words.qualities[0]?.terms.map((t) => t.term)).not.toContain('unseen');
  });
});
