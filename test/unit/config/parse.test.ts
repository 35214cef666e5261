import { describe, expect, it } from 'vitest';
import { WaypointConfigError } from '../../../src/config/error';
import { parseConfig } from '../../../src/config/parse';
import { DEFAULT_STAGES } from '../../../src/model/stages';
import { DEFAULT_QUESTIONS } from '../../../src/ui/i18n/default-questions';

const base = 'https://shop.example.com/account';

/** The issues `parseConfig` reports for `input`, as `path: message` lines. */
function issuesOf(input: unknown): string[] {
  try {
    parseConfig(input, { base });
  } catch (e) {
    expect(e).toBeInstanceOf(WaypointConfigError);
    return (e as WaypointConfigError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected the config to be rejected');
}

describe('parseConfig', () => {
  it('fills every default from just an endpoint', () => {
    const c = parseConfig(
      { endpoint: 'https://collect.example.com/v1/events' },
      { base, defaultSite: 'shop.example.com' },
    );
    expect(c.site).toBe('shop.example.com');
    expect(c.locale).toBe('auto');
    expect(c.stages.map((s) => s.id)).toEqual([...DEFAULT_STAGES]);
    expect(c.questions).toHaveLength(DEFAULT_QUESTIONS.length);
    expect(c.limits).toEqual({
      promptsPerSession: 1,
      daysBetweenPrompts: 14,
      dismissCooldownDays: 30,
      perStage: { max: 1, days: 30 },
      perQuality: { max: 1, days: 90 },
    });
    expect(c.appearance).toMatchObject({
      position: 'bottom-right',
      theme: 'auto',
      accent: '#4f46e5',
    });
    expect(c.privacy).toMatchObject({ anonymous: false, requireConsent: false, scrubText: true });
    expect(c.debug).toBe(false);
  });

  it('resolves a relative endpoint against the page and accepts http on localhost', () => {
    expect(parseConfig({ endpoint: '/v1/events' }, { base }).endpoint).toBe(
      'https://shop.example.com/v1/events',
    );
    expect(parseConfig({ endpoint: 'http://localhost:4310/v1/events' }).endpoint).toBe(
      'http://localhost:4310/v1/events',
    );
    expect(parseConfig({ endpoint: 'http://127.0.0.1:9/x' }).endpoint).toBe('http://127.0.0.1:9/x');
  });

  it('accepts the full example config of the design', () => {
    const c = parseConfig(
      {
        site: 'acme-shop',
        endpoint: 'https://collect.example.com/v1/events',
        locale: 'auto',
        stages: [
          { id: 'aware', paths: ['/', '/blog/**'] },
          { id: 'explore', paths: ['/products/**', '/pricing'], events: ['compare_opened'] },
          { id: 'use', paths: ['/account/**'] },
          { id: 'renew', paths: ['/renew/**'] },
        ],
        questions: [
          {
            id: 'advocate-nps',
            quality: 'advocate',
            type: 'nps',
            text: {
              en: 'How likely are you to recommend us to a friend?',
              fr: 'Recommanderiez-vous…',
            },
            labels: { min: 'Not at all likely', max: 'Extremely likely' },
            stages: ['use', 'renew'],
            trigger: { on: 'event', event: 'order_delivered', where: { plan: 'pro' } },
            sample: 0.2,
            cooldownDays: 90,
            priority: 0,
            followUp: { when: { max: 6 }, text: 'What is the main reason for your score?' },
          },
          {
            id: 'duration-need',
            quality: 'duration',
            type: 'choice',
            text: 'Is the need that brought you here taken care of?',
            options: [
              { id: 'yes', text: 'Yes' },
              { id: 'no', text: 'Not yet' },
            ],
            trigger: { on: 'stage' },
          },
        ],
        limits: { promptsPerSession: 1, daysBetweenPrompts: 14, dismissCooldownDays: 30 },
        appearance: { position: 'bottom-left', theme: 'dark', accent: '#0a7' },
        privacy: { anonymous: true, requireConsent: true, scrubText: true, policyUrl: '/privacy' },
        debug: true,
      },
      { base },
    );
    expect(c.questions[0]?.trigger).toEqual({
      on: 'event',
      event: 'order_delivered',
      where: { plan: 'pro' },
    });
    // Duration's default stages that the site has.
    expect(c.questions[1]?.stages).toEqual(['use', 'renew']);
    expect(c.privacy.policyUrl).toBe('https://shop.example.com/privacy');
  });

  it('accepts `$schema`, which editors use to find the JSON Schema', () => {
    const $schema = 'https://unpkg.com/waypoint-feedback/dist/waypoint-config.schema.json';
    expect(parseConfig({ $schema, endpoint: '/v1/events' }, { base }).endpoint).toBe(
      'https://shop.example.com/v1/events',
    );
  });

  it.each([
    ['not an object', 'x', 'expected an object with at least "endpoint"'],
    ['no endpoint', {}, "endpoint: is required (in the config, or the script tag's data-endpoint)"],
    [
      'an ftp endpoint',
      { endpoint: 'ftp://x.example' },
      'endpoint: must be https: (or http: on localhost)',
    ],
    [
      'plain http off localhost',
      { endpoint: 'http://collect.example.com' },
      'endpoint: must be https:',
    ],
    ['an unknown top-level key', { endpoint: '/e', colour: 'red' }, 'colour: unknown key'],
    [
      'an unknown nested key',
      { endpoint: '/e', appearance: { color: 'red' } },
      'appearance.color: unknown key',
    ],
    [
      'a bad accent',
      { endpoint: '/e', appearance: { accent: 'red' } },
      'appearance.accent: must be a hex colour',
    ],
    [
      'a negative limit',
      { endpoint: '/e', limits: { promptsPerSession: -1 } },
      'limits.promptsPerSession: must be ≥ 0',
    ],
    [
      'a fractional budget',
      { endpoint: '/e', limits: { perStage: { max: 1.5 } } },
      'limits.perStage.max: expected int',
    ],
    [
      'a budget window over ten years',
      { endpoint: '/e', limits: { perQuality: { days: 5000 } } },
      'limits.perQuality.days: must be ≤ 3650',
    ],
    [
      'an unknown budget key',
      { endpoint: '/e', limits: { perStage: { prompts: 2 } } },
      'limits.perStage.prompts: unknown key',
    ],
    [
      'a javascript: policy link',
      { endpoint: '/e', privacy: { policyUrl: 'javascript:alert(1)' } },
      'privacy.policyUrl: must be an http: or https: URL',
    ],
  ])('rejects %s, naming the field', (_name, input, expected) => {
    expect(issuesOf(input).join('\n')).toContain(expected);
  });

  const q = (extra: Record<string, unknown>) => ({
    endpoint: '/e',
    questions: [{ id: 'q1', quality: 'advocate', type: 'nps', text: 'Hi', ...extra }],
  });

  it.each([
    ['an unknown quality', { quality: 'loyalty' }, 'questions[0].quality: expected "perspective"'],
    ['an unknown type', { type: 'slider' }, 'questions[0].type: expected "nps"'],
    ['empty text', { text: '' }, 'questions[0].text: must not be empty'],
    [
      'a non-string locale text',
      { text: { en: 5 } },
      'questions[0].text.en: expected string, got number',
    ],
    [
      'an unknown trigger kind',
      { trigger: { on: 'hover' } },
      'questions[0].trigger.on: expected "stage"',
    ],
    [
      'a delay without seconds',
      { trigger: { on: 'delay' } },
      'questions[0].trigger.seconds: is required',
    ],
    ['a sample above 1', { sample: 2 }, 'questions[0].sample: must be ≤ 1'],
    [
      'an unknown stage',
      { stages: ['nowhere'] },
      'questions[0].stages[0]: unknown stage "nowhere"',
    ],
    [
      'options on a scale',
      {
        options: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ],
      },
      'questions[0].options: only choice questions',
    ],
    [
      'a choice without options',
      { type: 'choice' },
      'questions[0].options: a choice question needs options',
    ],
    ['an unknown question key', { colour: 1 }, 'questions[0].colour: unknown key'],
  ])('rejects a question with %s', (_name, extra, expected) => {
    expect(issuesOf(q(extra)).join('\n')).toContain(expected);
  });

  it('fills a partly given budget from its defaults', () => {
    const c = parseConfig({ endpoint: '/e', limits: { perStage: { max: 2 } } }, { base });
    expect(c.limits.perStage).toEqual({ max: 2, days: 30 });
    expect(c.limits.perQuality).toEqual({ max: 1, days: 90 });
  });

  it.each([
    [{ on: 'event', event: 'paid', where: { plan: 'pro', seats: 3, trial: false } }],
    [{ on: 'scroll', percent: 60 }],
    [{ on: 'click', selector: '#help' }],
    [{ on: 'idle', seconds: 30 }],
    [{ on: 'exit' }],
    [{ on: 'manual' }],
  ])('accepts the trigger %j', (trigger) => {
    expect(parseConfig(q({ trigger }), { base }).questions[0]?.trigger).toEqual(trigger);
  });

  it.each([
    [{ on: 'scroll', percent: 0 }, 'questions[0].trigger.percent: must be > 0'],
    [{ on: 'scroll', percent: 120 }, 'questions[0].trigger.percent: must be ≤ 100'],
    [{ on: 'idle', seconds: -5 }, 'questions[0].trigger.seconds: must be > 0'],
    [{ on: 'click' }, 'questions[0].trigger.selector: is required'],
    [{ on: 'event', event: 'x', where: { a: { b: 1 } } }, 'questions[0].trigger.where.a'],
    [{ on: 'exit', seconds: 3 }, 'questions[0].trigger.seconds: unknown key'],
  ])('rejects the trigger %j', (trigger, expected) => {
    expect(issuesOf(q({ trigger })).join('\n')).toContain(expected);
  });

  it('reports every problem at once, not only the first', () => {
    const issues = issuesOf({ endpoint: 'ftp://x', colour: 1, appearance: { accent: 'red' } });
    expect(issues).toHaveLength(3);
  });

  it('rejects duplicate question ids', () => {
    const input = {
      endpoint: '/e',
      questions: [0, 1].map(() => ({ id: 'same', quality: 'advocate', type: 'nps', text: 'x' })),
    };
    expect(issuesOf(input)).toContain('questions[1].id: duplicate question id "same"');
  });

  it('names the error and lists each issue on its own line', () => {
    try {
      parseConfig({ endpoint: 'ftp://x' });
    } catch (e) {
      expect((e as Error).name).toBe('WaypointConfigError');
      expect((e as Error).message).toMatch(/^Invalid Waypoint config:\n {2}- endpoint: /);
      return;
    }
    throw new Error('expected a WaypointConfigError');
  });
});

describe('scores in the config', () => {
  const yesno = { id: 'integrative-repeat', quality: 'integrative', type: 'yesno', text: 'Q?' };
  const choice = {
    id: 'duration-need',
    quality: 'duration',
    type: 'choice',
    text: 'Q?',
    options: [
      { id: 'yes', text: 'Yes', score: 100 },
      { id: 'partly', text: 'Partly', score: 33.3 },
      { id: 'unsure', text: 'Not sure' },
    ],
  };
  const withQuestion = (q: object) => ({ endpoint: 'https://x.example/e', questions: [q] });

  it('keeps option scores and a yes/no score, and leaves them out when not declared', () => {
    const c = parseConfig({
      endpoint: 'https://x.example/e',
      questions: [choice, { ...yesno, score: { yes: 0, no: 100 } }],
    });
    expect(c.questions[0]?.options?.map((o) => o.score)).toEqual([100, 33.3, undefined]);
    expect(c.questions[1]?.score).toEqual({ yes: 0, no: 100 });
    expect(parseConfig(withQuestion(yesno)).questions[0]).not.toHaveProperty('score');
  });

  it.each([
    [
      'an option score above 100',
      { ...choice, options: [{ id: 'a', text: 'A', score: 101 }, choice.options[1]] },
      'questions[0].options[0].score: a score is a number from 0 to 100',
    ],
    [
      'a negative yes/no score',
      { ...yesno, score: { yes: -1, no: 100 } },
      'questions[0].score.yes: a score is a number from 0 to 100',
    ],
    [
      'a yes/no score without "no"',
      { ...yesno, score: { yes: 0 } },
      'questions[0].score.no: is required (number)',
    ],
    [
      'a score that is not a number',
      { ...choice, options: [{ id: 'a', text: 'A', score: '50' }, choice.options[1]] },
      'questions[0].options[0].score: expected number, got "50"',
    ],
    [
      'a score on a scale question',
      { ...yesno, type: 'rating', score: { yes: 0, no: 100 } },
      'questions[0].score: only yes/no questions take "score", not rating',
    ],
    [
      'a score on a text question',
      { ...yesno, type: 'text', score: { yes: 0, no: 100 } },
      'questions[0].score: only yes/no questions take "score", not text',
    ],
    [
      'a question-level score on a choice',
      { ...choice, score: { yes: 0, no: 100 } },
      'questions[0].score: only yes/no questions take "score": score each option',
    ],
  ])('refuses %s, naming the path', (_name, q, issue) => {
    expect(issuesOf(withQuestion(q))).toContain(issue);
  });
});
