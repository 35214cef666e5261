import { describe, expect, it } from 'vitest';
import { answerScore, type Scorable, scaleScore } from '../../../src/model/score';

const choice: Scorable = {
  type: 'choice',
  options: [
    { id: 'yes', score: 100 },
    { id: 'partly', score: 50 },
    { id: 'no', score: 0 },
    { id: 'unsure' },
  ],
};
const unscoredChoice: Scorable = { type: 'choice', options: [{ id: 'a' }, { id: 'b' }] };
const yesno: Scorable = { type: 'yesno', score: { yes: 0, no: 100 } };

describe('answerScore', () => {
  it.each<[string, Scorable, unknown, number | undefined]>([
    ['NPS 0', { type: 'nps' }, 0, 0],
    ['NPS 9', { type: 'nps' }, 9, 90],
    ['NPS 10', { type: 'nps' }, 10, 100],
    ['rating 1', { type: 'rating' }, 1, 0],
    ['rating 4', { type: 'rating' }, 4, 75],
    ['emoji 5', { type: 'emoji' }, 5, 100],
    ['emoji 3', { type: 'emoji' }, 3, 50],
    ['effort 1', { type: 'effort' }, 1, 0],
    ['effort 4', { type: 'effort' }, 4, 50],
    ['effort 7', { type: 'effort' }, 7, 100],
    ['a scale value off its scale', { type: 'rating' }, 6, undefined],
    ['a scale value that is not whole', { type: 'nps' }, 7.5, undefined],
    ['a scale value that is not a number', { type: 'nps' }, '9', undefined],
    ['yes with scores declared', yesno, 'yes', 0],
    ['no with scores declared', yesno, 'no', 100],
    ['yes/no with no score declared', { type: 'yesno' }, 'yes', undefined],
    ['yes/no with something else', yesno, true, undefined],
    ['one option with a score', choice, 'partly', 50],
    ['one option without a score', choice, 'unsure', undefined],
    ['several options: the mean of those with scores', choice, ['yes', 'partly', 'unsure'], 75],
    ['several options, none scored', choice, ['unsure'], undefined],
    ['no option chosen', choice, [], undefined],
    ['an unknown option id', choice, 'maybe', undefined],
    ['a choice with no scores declared', unscoredChoice, 'a', undefined],
    ['text', { type: 'text' }, 'Quick and kind', undefined],
    ['a question type this SDK does not know', { type: 'slider' }, 5, undefined],
  ])('%s', (_name, q, value, score) => {
    expect(answerScore(q, value)).toBe(score);
  });
});

describe('scaleScore', () => {
  it('maps each scale onto 0–100, the way the README documents', () => {
    expect([0, 5, 10].map((v) => scaleScore('nps', v))).toEqual([0, 50, 100]);
    expect([1, 2, 3, 4, 5].map((v) => scaleScore('rating', v))).toEqual([0, 25, 50, 75, 100]);
    expect(scaleScore('effort', 2)).toBeCloseTo(16.667, 3);
    expect(scaleScore('choice', 1)).toBeUndefined();
  });
});
