import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { followUpApplies } from '../../../src/model/follow-up';
import { QUALITIES, QUALITY_NAMES, QUALITY_STAGES } from '../../../src/model/qualities';
import { BANK_META } from '../../../src/model/question-bank/meta';
import { isScale, SCALES } from '../../../src/model/question-types';
import { answerScore } from '../../../src/model/score';
import { DEFAULT_STAGES } from '../../../src/model/stages';
import { DEFAULT_QUESTIONS } from '../../../src/ui/i18n/default-questions';

describe('the model', () => {
  it('has the eleven qualities, each named and mapped to known default stages', () => {
    expect(QUALITIES).toHaveLength(11);
    expect(new Set(QUALITIES).size).toBe(11);
    for (const q of QUALITIES) {
      expect(QUALITY_NAMES[q]).toBeTruthy();
      expect(QUALITY_STAGES[q].length).toBeGreaterThan(0);
      for (const s of QUALITY_STAGES[q]) expect(DEFAULT_STAGES).toContain(s);
    }
  });

  it('orders the default journey from awareness to exit', () => {
    expect(DEFAULT_STAGES).toEqual([
      'aware',
      'explore',
      'decide',
      'onboard',
      'use',
      'support',
      'renew',
      'exit',
    ]);
  });

  it('knows the scale ranges', () => {
    expect(SCALES.nps).toEqual({ min: 0, max: 10 });
    expect(isScale('effort')).toBe(true);
    expect(isScale('choice')).toBe(false);
  });

  it.each([
    [{ max: 6 }, 6, true],
    [{ max: 6 }, 7, false],
    [{ min: 2, max: 3 }, 1, false],
    [{ in: ['no'] }, 'no', true],
    [{ in: ['no'] }, 'yes', false],
    [{ in: ['b'] }, ['a', 'b'], true],
    [undefined, 3, false],
  ])('follow-up %j applies to %j: %s', (when, value, expected) => {
    expect(followUpApplies(when, value)).toBe(expected);
  });
});

describe('the default question bank', () => {
  it('covers every quality, with ids that start with the quality id', () => {
    expect(new Set(BANK_META.map((q) => q.quality))).toEqual(new Set(QUALITIES));
    for (const q of BANK_META) expect(q.id.startsWith(`${q.quality}-`)).toBe(true);
    expect(new Set(BANK_META.map((q) => q.id)).size).toBe(BANK_META.length);
  });

  it('passes the config schema and lands each question on its quality stages', () => {
    const c = parseConfig({ endpoint: 'https://x.example/e', questions: [...DEFAULT_QUESTIONS] });
    const written = new Map(DEFAULT_QUESTIONS.map((q) => [q.id, q.stages]));
    for (const q of c.questions)
      expect(q.stages).toEqual(written.get(q.id) ?? QUALITY_STAGES[q.quality]);
    // Between them, the default questions reach every default stage.
    expect(new Set(c.questions.flatMap((q) => q.stages))).toEqual(new Set(DEFAULT_STAGES));
  });
});

describe('the default bank scores every quality', () => {
  /** Every answer a question can take (one option at a time for a choice). */
  const answersTo = (q: (typeof BANK_META)[number]): unknown[] => {
    if (isScale(q.type)) {
      const { min, max } = SCALES[q.type];
      return Array.from({ length: max - min + 1 }, (_, i) => min + i);
    }
    if (q.type === 'yesno') return ['yes', 'no'];
    return (q.options ?? []).map((o) => o.id);
  };

  it.each(QUALITIES)('%s has a closed question whose answers run from 0 to 100', (quality) => {
    const ends = BANK_META.filter((q) => q.quality === quality).map((q) => {
      const scores = answersTo(q)
        .map((v) => answerScore(q, v))
        .filter((s) => s !== undefined);
      return [Math.min(...scores), Math.max(...scores)];
    });
    expect(ends).toContainEqual([0, 100]);
  });

  it('asks in words where words say more: a follow-up on every scored question but the plainest', () => {
    const withoutWords = BANK_META.filter((q) => q.type !== 'text' && !q.followUp).map((q) => q.id);
    expect(withoutWords).toEqual(['multifaceted-feeling', 'transparent-intent']);
  });
});
