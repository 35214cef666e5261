import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { followUpApplies } from '../../../src/model/follow-up';
import { QUALITIES, QUALITY_NAMES, QUALITY_STAGES } from '../../../src/model/qualities';
import { DEFAULT_QUESTIONS } from '../../../src/model/question-bank';
import { isScale, SCALES } from '../../../src/model/question-types';
import { DEFAULT_STAGES } from '../../../src/model/stages';

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
    expect(new Set(DEFAULT_QUESTIONS.map((q) => q.quality))).toEqual(new Set(QUALITIES));
    for (const q of DEFAULT_QUESTIONS) expect(q.id.startsWith(`${q.quality}-`)).toBe(true);
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
