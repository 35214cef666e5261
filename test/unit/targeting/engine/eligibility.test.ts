import { describe, expect, it } from 'vitest';
import { type EligibilityInput, eligibility } from '../../../../src/targeting/engine/eligibility';
import { sampleSlot } from '../../../../src/targeting/engine/sampling';
import { DAY, input, LIMITS, MOMENT, NOW, question, state } from '../fixtures';

const asked = (at: number, stage = 'use', quality = 'advocate', q = 'advocate-nps') => ({
  at,
  stage,
  quality,
  question: q,
});
const history = (h: Record<string, number>) => ({
  'advocate-nps': { asks: 1, answers: 0, dismissals: 0, ...h },
});
const slot = sampleSlot('visitor-1', 'advocate-nps');

type Case = [string, Partial<EligibilityInput>, string];
/** Cases are written name, change, reason; test names read "name → reason". */
const rows = (cases: Case[]) => cases.map(([name, over, reason]) => [name, reason, over] as const);

describe('eligibility', () => {
  it('is eligible when every rule allows it', () => {
    expect(eligibility(input())).toEqual({ eligible: true, reason: 'eligible' });
  });

  it.each(
    rows([
      // what the visitor chose
      ['no consent', { moment: { ...MOMENT, consented: false } }, 'consent'],
      ['opted out', { moment: { ...MOMENT, optedOut: true } }, 'opted-out'],
      // the question's own rules
      ['another trigger fired', { fired: { kind: 'exit' } }, 'trigger'],
      ['a manual question', { question: question({ trigger: { on: 'manual' } }) }, 'trigger'],
      [
        'stage not the question’s',
        { stage: 'aware', fired: { kind: 'stage', stage: 'aware' } },
        'stage',
      ],
      ['no stage known', { stage: undefined }, 'stage'],
      ['sample 0 never shows', { question: question({ sample: 0 }) }, 'sampled-out'],
      ['outside the sample', { question: question({ sample: slot * 0.99 }) }, 'sampled-out'],
      [
        'answered 89 days ago',
        { state: state({ questions: history({ answeredAt: NOW - 89 * DAY }) }) },
        'answered-cooldown',
      ],
      [
        'dismissed 29 days ago',
        { state: state({ questions: history({ dismissedAt: NOW - 29 * DAY }) }) },
        'dismissed-cooldown',
      ],
      // the caps
      [
        'the session had its prompt',
        { state: state({ session: { id: 's', startedAt: NOW, lastActiveAt: NOW, prompts: 1 } }) },
        'session-cap',
      ],
      [
        'last prompt 13 days ago',
        { state: state({ lastPromptAt: NOW - 13 * DAY }) },
        'days-between',
      ],
      [
        'last prompt in the future (clock moved back)',
        { state: state({ lastPromptAt: NOW + DAY }) },
        'days-between',
      ],
      [
        'asked at this stage 20 days ago',
        {
          question: question({ id: 'other', quality: 'choice' }),
          state: state({ prompts: [asked(NOW - 20 * DAY)], lastPromptAt: NOW - 20 * DAY }),
        },
        'stage-budget',
      ],
      [
        'asked this quality 60 days ago (at another stage)',
        {
          question: question({ id: 'advocate-2' }),
          state: state({ prompts: [asked(NOW - 60 * DAY, 'renew')], lastPromptAt: NOW - 60 * DAY }),
        },
        'quality-budget',
      ],
      // the moment
      ['the queue is full', { moment: { ...MOMENT, queueFull: true } }, 'queue-full'],
      ['a prompt is open', { moment: { ...MOMENT, promptOpen: true } }, 'prompt-open'],
      ['the visitor is typing', { moment: { ...MOMENT, typing: true } }, 'typing'],
    ]),
  )('%s → %s', (_name, reason, over) => {
    expect(eligibility(input(over))).toEqual({ eligible: false, reason });
  });

  it.each(
    rows([
      ['inside the sample', { question: question({ sample: slot * 1.01 + 0.0001 }) }, 'eligible'],
      [
        'answered 91 days ago',
        { state: state({ questions: history({ answeredAt: NOW - 91 * DAY }) }) },
        'eligible',
      ],
      [
        'answered, cooldown 0',
        {
          question: question({ cooldownDays: 0 }),
          state: state({ questions: history({ answeredAt: NOW - 1000 }) }),
        },
        'eligible',
      ],
      [
        'dismissed 31 days ago',
        { state: state({ questions: history({ dismissedAt: NOW - 31 * DAY }) }) },
        'eligible',
      ],
      [
        'last prompt 15 days ago',
        {
          state: state({
            lastPromptAt: NOW - 15 * DAY,
            prompts: [asked(NOW - 15 * DAY, 'support', 'choice', 'x')],
          }),
        },
        'eligible',
      ],
      [
        'asked at this stage 31 days ago',
        {
          question: question({ id: 'o', quality: 'choice' }),
          state: state({ prompts: [asked(NOW - 31 * DAY)] }),
        },
        'eligible',
      ],
      [
        'stage budget of 2',
        {
          limits: { ...LIMITS, perStage: { max: 2, days: 30 } },
          question: question({ id: 'o', quality: 'choice' }),
          state: state({ prompts: [asked(NOW - 20 * DAY)] }),
        },
        'eligible',
      ],
      [
        'budgets off (0 days)',
        {
          limits: { ...LIMITS, perStage: { max: 1, days: 0 }, perQuality: { max: 1, days: 0 } },
          state: state({ prompts: [asked(NOW - 20 * DAY)] }),
        },
        'eligible',
      ],
      [
        'session cap 2 with one prompt',
        {
          limits: { ...LIMITS, promptsPerSession: 2 },
          state: state({ session: { id: 's', startedAt: NOW, lastActiveAt: NOW, prompts: 1 } }),
        },
        'eligible',
      ],
      [
        'no gap between prompts (0 days)',
        { limits: { ...LIMITS, daysBetweenPrompts: 0 }, state: state({ lastPromptAt: NOW + DAY }) },
        'eligible',
      ],
    ]),
  )('%s → %s', (_name, reason, over) => {
    expect(eligibility(input(over)).reason).toBe(reason);
  });

  it('reports the first rule that blocks: consent before everything else', () => {
    const all = input({
      moment: { consented: false, optedOut: true, queueFull: true, promptOpen: true, typing: true },
      question: question({ sample: 0 }),
      stage: 'aware',
    });
    expect(eligibility(all).reason).toBe('consent');
    expect(eligibility({ ...all, moment: { ...all.moment, consented: true } }).reason).toBe(
      'opted-out',
    );
  });

  it('puts typing last, so "typing" means the question waits only for the visitor', () => {
    expect(
      eligibility(input({ moment: { ...MOMENT, typing: true, promptOpen: true } })).reason,
    ).toBe('prompt-open');
  });
});
