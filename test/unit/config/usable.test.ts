import { describe, expect, it } from 'vitest';
import { usableIssues } from '../../../src/config/usable';
import { validateConfig } from '../../../src/config/validate-entry';

const base = 'https://shop.example/page';
const endpoint = 'https://c.example/v1/events';
const q = (over: Record<string, unknown>) => ({
  endpoint,
  questions: [{ id: 'q1', quality: 'advocate', type: 'yesno', text: 'Fine?', ...over }],
});

describe('what a config needs to run without the schema', () => {
  it.each([
    ['the built-in bank', { endpoint }],
    ['a relative endpoint', { endpoint: '/v1/events' }],
    ['a question', q({})],
    ['a localized text', q({ text: { en: 'Fine?', fr: 'Bien ?' } })],
    [
      'a choice',
      q({
        type: 'choice',
        options: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ],
      }),
    ],
    ['a bank question restyled without its text', q({ id: 'advocate-nps', text: undefined })],
    [
      'a survey and a launcher',
      {
        ...q({}),
        surveys: [{ id: 's', steps: [{ question: 'q1' }] }],
        appearance: { launcher: { survey: 's' } },
      },
    ],
  ])('%s: runs', (_n, config) => {
    expect(usableIssues(config, base)).toEqual([]);
  });

  it.each([
    ['no endpoint', { questions: [] }, 'endpoint', 'is required'],
    ['an ftp endpoint', { endpoint: 'ftp://x.example' }, 'endpoint', 'must be https:'],
    [
      'a policy that is not http',
      { endpoint, privacy: { policyUrl: 'javascript:x' } },
      'privacy.policyUrl',
      'http:',
    ],
    ['a question without an id', { endpoint, questions: [{}] }, 'questions[0].id', 'is required'],
    [
      'an unknown type',
      q({ type: 'stars' }),
      'questions[0].type',
      '"stars" is not a question type',
    ],
    ['an unknown quality', q({ quality: 'speed' }), 'questions[0].quality', 'is not a quality'],
    ['no text', q({ text: undefined }), 'questions[0].text', 'needs a text'],
    ['an empty text', q({ text: '' }), 'questions[0].text', 'needs a text'],
    ['a text map of numbers', q({ text: { en: 1 } }), 'questions[0].text', 'needs a text'],
    [
      'a choice of one',
      q({ type: 'choice', options: [{ id: 'a', text: 'A' }] }),
      'questions[0].options',
      'at least 2',
    ],
    [
      'an option without text',
      q({ type: 'choice', options: [{ id: 'a', text: 'A' }, { id: 'b' }] }),
      'questions[0].options[1].text',
      'needs a text',
    ],
    [
      'a follow-up without text',
      q({ followUp: { when: { in: ['no'] } } }),
      'questions[0].followUp.text',
      'needs a text',
    ],
    [
      'an unknown trigger',
      q({ trigger: { on: 'hover' } }),
      'questions[0].trigger.on',
      'is not a trigger',
    ],
    [
      'a launcher for nothing',
      { ...q({}), appearance: { launcher: { survey: 'nope' } } },
      'appearance.launcher.survey',
      'not a question or survey',
    ],
    [
      'a launcher label of null',
      { ...q({}), appearance: { launcher: { survey: 'q1', label: null } } },
      'appearance.launcher.label',
      'needs a text',
    ],
  ])('%s: refused, by path', (_n, config, path, says) => {
    const issues = usableIssues(config, base);
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)?.message).toContain(says);
  });

  it('refuses nothing the schema accepts (each refusal above is also the schema’s)', () => {
    const refused = [
      q({ type: 'stars' }),
      q({ text: undefined }),
      { ...q({}), appearance: { launcher: { survey: 'q1', label: null } } },
    ];
    for (const config of refused)
      expect(validateConfig(config, { base }).length).toBeGreaterThan(0);
    for (const config of [{ endpoint }, q({}), q({ id: 'advocate-nps', text: undefined })])
      expect(usableIssues(config, base)).toEqual([]);
  });
});
