import { describe, expect, it } from 'vitest';
import { nextStep, type PathStep } from '../../../src/model/survey-path';

const checkout: PathStep[] = [
  {
    question: 'preventive-effort',
    next: [{ when: { max: 3 }, goto: 'operational-obstacles' }, { goto: 'advocate-nps' }],
  },
  { question: 'operational-obstacles' },
  { question: 'advocate-nps' },
];

describe('nextStep', () => {
  it.each([
    ['a low effort score takes the branch', checkout, 0, 2, 1],
    ['any other score takes the catch-all', checkout, 0, 6, 2],
    ['a step without branches goes to the one that follows', checkout, 1, 'x', 2],
    ['the last step ends the survey', checkout, 2, 9, -1],
    [
      '"end" ends it early',
      [{ question: 'a', next: [{ when: { in: ['no'] }, goto: 'end' }] }, { question: 'b' }],
      0,
      'no',
      -1,
    ],
    [
      'no branch matching falls through to the next step',
      [{ question: 'a', next: [{ when: { in: ['no'] }, goto: 'end' }] }, { question: 'b' }],
      0,
      'yes',
      1,
    ],
    [
      'a choice list matches on any chosen id',
      [
        { question: 'a', next: [{ when: { in: ['x'] }, goto: 'c' }] },
        { question: 'b' },
        { question: 'c' },
      ],
      0,
      ['y', 'x'],
      2,
    ],
    [
      'a branch back (unvalidated config) ends instead of looping',
      [{ question: 'a' }, { question: 'b', next: [{ goto: 'a' }] }],
      1,
      1,
      -1,
    ],
    [
      'a branch to a missing step ends',
      [{ question: 'a', next: [{ goto: 'nope' }] }, { question: 'b' }],
      0,
      1,
      -1,
    ],
  ] as const)('%s', (_name, steps, at, value, expected) => {
    expect(nextStep(steps as readonly PathStep[], at, value)).toBe(expected);
  });
});
