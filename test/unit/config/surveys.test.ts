// The config's surveys, audiences, schedules, shuffle and launcher: what the schema and the
// cross-field rules accept, what they refuse, and that each refusal names its path.
import { describe, expect, it } from 'vitest';
import { WaypointConfigError } from '../../../src/config/error';
import { parseConfig } from '../../../src/config/parse';

const base = 'https://shop.example.com/checkout';

function issuesOf(input: unknown): string[] {
  try {
    parseConfig(input, { base });
  } catch (e) {
    expect(e).toBeInstanceOf(WaypointConfigError);
    return (e as WaypointConfigError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected the config to be rejected');
}

/** The design's checkout survey, over the default bank. */
const checkout = {
  id: 'checkout-survey',
  steps: [
    {
      question: 'preventive-effort',
      next: [{ when: { max: 3 }, goto: 'operational-obstacles' }, { goto: 'advocate-nps' }],
    },
    { question: 'operational-obstacles' },
    { question: 'advocate-nps' },
  ],
  stages: ['decide'],
  trigger: { on: 'event', event: 'order_placed' },
};

const withSurvey = (survey: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  endpoint: '/e',
  surveys: [{ ...checkout, ...survey }],
  ...extra,
});

describe('surveys in the config', () => {
  it('accepts the design example and fills its defaults', () => {
    const c = parseConfig({ endpoint: '/e', surveys: [checkout] }, { base });
    const [s] = c.surveys;
    expect(s).toMatchObject({
      id: 'checkout-survey',
      quality: 'preventive', // its first step's, for the caps
      stages: ['decide'],
      sample: 1,
      cooldownDays: 90,
      priority: 0,
    });
    expect(s?.steps).toHaveLength(3);
  });

  it('takes its stages from its first step when it names none', () => {
    const { stages: _, ...rest } = checkout;
    const c = parseConfig({ endpoint: '/e', surveys: [rest] }, { base });
    const first = c.questions.find((q) => q.id === 'preventive-effort');
    expect(c.surveys[0]?.stages).toEqual(first?.stages);
  });

  it('has no surveys unless configured', () => {
    expect(parseConfig({ endpoint: '/e' }, { base }).surveys).toEqual([]);
  });

  it.each([
    [
      'a goto outside the survey',
      { steps: [{ question: 'advocate-nps', next: [{ goto: 'perspective-goal' }] }] },
      'surveys[0].steps[0].next[0].goto: "perspective-goal" is not a step of this survey',
    ],
    [
      'a step naming an unknown question',
      { steps: [{ question: 'nope' }] },
      'surveys[0].steps[0].question: unknown question "nope"',
    ],
    [
      'a cycle back to an earlier step',
      {
        steps: [
          { question: 'preventive-effort' },
          { question: 'advocate-nps', next: [{ goto: 'preventive-effort' }] },
        ],
      },
      'surveys[0].steps[1].next[0].goto: goes back to step 1 ("preventive-effort"): a cycle',
    ],
    [
      'a step that goes to itself',
      { steps: [{ question: 'advocate-nps', next: [{ goto: 'advocate-nps' }] }] },
      'surveys[0].steps[0].next[0].goto: goes back to step 1',
    ],
    [
      'a question twice in one survey',
      { steps: [{ question: 'advocate-nps' }, { question: 'advocate-nps' }] },
      'surveys[0].steps[1].question: "advocate-nps" is already step 1',
    ],
    [
      'a survey id that is a question id',
      { id: 'advocate-nps' },
      'surveys[0].id: "advocate-nps" is already a question id',
    ],
    ['no steps', { steps: [] }, 'surveys[0].steps: a survey needs at least one step'],
    [
      'a scale step branching on ids',
      { steps: [{ question: 'advocate-nps', next: [{ when: { in: ['x'] }, goto: 'end' }] }] },
      'surveys[0].steps[0].next[0].when.in: a nps step branches on "min"/"max"',
    ],
    [
      'an unknown stage',
      { stages: ['checkout'] },
      'surveys[0].stages[0]: unknown stage "checkout"',
    ],
    [
      'an unknown key on a step',
      { steps: [{ question: 'advocate-nps', skip: true }] },
      'surveys[0].steps[0].skip: unknown key',
    ],
  ])('rejects %s, naming its path', (_name, survey, expected) => {
    expect(issuesOf(withSurvey(survey)).join('\n')).toContain(expected);
  });

  it('rejects two surveys with one id', () => {
    expect(issuesOf({ endpoint: '/e', surveys: [checkout, checkout] }).join('\n')).toContain(
      'surveys[1].id: duplicate survey id "checkout-survey"',
    );
  });

  it('accepts "end" as a goto and a branch without "when"', () => {
    const c = parseConfig(
      withSurvey({
        steps: [
          { question: 'duration-need', next: [{ when: { in: ['yes'] }, goto: 'end' }] },
          { question: 'operational-obstacles' },
        ],
      }),
      { base },
    );
    expect(c.surveys[0]?.steps[0]?.next?.[0]?.goto).toBe('end');
  });
});

describe('audience, schedule, shuffle and the launcher in the config', () => {
  const q = (extra: Record<string, unknown>) => ({
    endpoint: '/e',
    questions: [
      {
        id: 'q1',
        quality: 'choice',
        type: 'choice',
        text: 'Which?',
        options: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ],
        ...extra,
      },
    ],
  });

  it('accepts an audience, a schedule and shuffled options with one fixed', () => {
    const c = parseConfig(
      q({
        audience: { traits: { plan: 'pro' }, devices: ['mobile'], locales: ['fr'], visitor: 'new' },
        schedule: { from: '2026-12-01', until: '2027-01-31' },
        shuffle: true,
        options: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
          { id: 'none', text: 'None of these', fixed: true },
        ],
      }),
      { base },
    );
    expect(c.questions[0]).toMatchObject({
      shuffle: true,
      audience: { traits: { plan: 'pro' }, devices: ['mobile'], locales: ['fr'], visitor: 'new' },
      schedule: { from: '2026-12-01', until: '2027-01-31' },
    });
    expect(c.questions[0]?.options?.[2]?.fixed).toBe(true);
  });

  it('does not shuffle unless asked', () => {
    expect(parseConfig(q({}), { base }).questions[0]?.shuffle).toBe(false);
  });

  it.each([
    [
      'an unknown device',
      { audience: { devices: ['watch'] } },
      'questions[0].audience.devices[0]: expected "mobile"',
    ],
    ['an unknown visitor kind', { audience: { visitor: 'old' } }, 'questions[0].audience.visitor'],
    [
      'an unknown audience key',
      { audience: { country: 'fr' } },
      'questions[0].audience.country: unknown key',
    ],
    ['a bad locale', { audience: { locales: ['French'] } }, 'questions[0].audience.locales[0]'],
    [
      'a date that is not a date',
      { schedule: { from: 'tomorrow' } },
      'questions[0].schedule.from: must be a date like "2026-12-01"',
    ],
    [
      'an impossible date',
      { schedule: { until: '2026-13-45' } },
      'questions[0].schedule.until: must be a real date',
    ],
    ['an empty schedule', { schedule: {} }, 'questions[0].schedule: needs "from" or "until"'],
    [
      'a schedule ending before it starts',
      { schedule: { from: '2027-01-02', until: '2027-01-01' } },
      'questions[0].schedule: "from" (2027-01-02) is after "until" (2027-01-01)',
    ],
    [
      '"fixed" without shuffle',
      {
        options: [
          { id: 'a', text: 'A', fixed: true },
          { id: 'b', text: 'B' },
        ],
      },
      'questions[0].options[0].fixed: "fixed" keeps an option in place only with "shuffle": true',
    ],
  ])('rejects %s, naming its path', (_name, extra, expected) => {
    expect(issuesOf(q(extra)).join('\n')).toContain(expected);
  });

  describe('a schedule is compared as instants, as the device reads it', () => {
    const survey = (schedule: Record<string, string>) => ({
      endpoint: '/e',
      surveys: [{ id: 's1', steps: [{ question: 'advocate-nps' }], schedule }],
    });
    it.each([
      ['a start time on the last day', { from: '2026-12-01T10:00', until: '2026-12-01' }],
      [
        'an offset start before a UTC end',
        { from: '2026-12-01T10:00+05:00', until: '2026-12-01T06:00Z' },
      ],
    ])('accepts %s, on a question and on a survey', (_name, schedule) => {
      expect(() => parseConfig(q({ schedule }), { base })).not.toThrow();
      expect(() => parseConfig(survey(schedule), { base })).not.toThrow();
    });

    it('refuses a window that ends before it starts, on a question and on a survey', () => {
      const schedule = { from: '2026-12-01T06:00Z', until: '2026-12-01T01:00Z' };
      expect(issuesOf(q({ schedule })).join('\n')).toContain(
        'questions[0].schedule: "from" (2026-12-01T06:00Z) is after "until" (2026-12-01T01:00Z)',
      );
      expect(issuesOf(survey(schedule)).join('\n')).toContain(
        'surveys[0].schedule: "from" (2026-12-01T06:00Z) is after "until" (2026-12-01T01:00Z)',
      );
    });
  });

  it('refuses shuffle on a question that is not a choice', () => {
    expect(
      issuesOf({
        endpoint: '/e',
        questions: [{ id: 'q1', quality: 'advocate', type: 'nps', text: 'Hi', shuffle: true }],
      }).join('\n'),
    ).toContain('questions[0].shuffle: only choice questions take "shuffle", not nps');
  });

  it('fills the launcher position and requires it to open something that exists', () => {
    const c = parseConfig(
      {
        endpoint: '/e',
        surveys: [checkout],
        appearance: { launcher: { survey: 'checkout-survey' } },
      },
      { base },
    );
    expect(c.appearance.launcher).toEqual({ survey: 'checkout-survey', position: 'right' });
    expect(
      parseConfig(
        { endpoint: '/e', appearance: { launcher: { survey: 'advocate-nps' } } },
        { base },
      ).appearance.launcher?.survey,
    ).toBe('advocate-nps');
    expect(
      issuesOf({ endpoint: '/e', appearance: { launcher: { survey: 'nope' } } }).join('\n'),
    ).toContain('appearance.launcher.survey: no question or survey "nope"');
    expect(
      issuesOf({
        endpoint: '/e',
        appearance: { launcher: { survey: 'advocate-nps', position: 'top' } },
      }).join('\n'),
    ).toContain('appearance.launcher.position');
  });
});
