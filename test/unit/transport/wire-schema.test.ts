import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { batchBody } from '../../../src/delivery/flusher';
import type { QueueRecord } from '../../../src/delivery/queue';
import { captureEvent } from '../../../src/transport/capture';
import type { WaypointEventType } from '../../../src/transport/envelope';
import { checkWaypointEvent } from '../../../src/transport/wire-schema';
import { DEFAULT_QUESTIONS } from '../../../src/ui/i18n/default-questions';

const config = parseConfig({ endpoint: 'https://c.example/e', questions: [...DEFAULT_QUESTIONS] });
const context = {
  page: '/account',
  locale: 'en',
  session: 's',
  trigger: 'stage',
  sampleRate: 1,
  journey: { stagesSeen: ['use'], daysSinceFirstSeen: 3 },
  device: 'desktop' as const,
  sdk: 'waypoint/test',
};
const answers: Record<string, string | number | string[]> = {
  nps: 9,
  rating: 4,
  effort: 6,
  emoji: 5,
  yesno: 'no',
  choice: 'partly',
  text: 'Quick and kind',
};

describe('the wire schema', () => {
  it.each(config.questions.map((q) => [q.id, q] as const))(
    'accepts every event the SDK makes for %s',
    (_id, q) => {
      for (const type of [
        'waypoint.prompt.shown',
        'waypoint.answer',
        'waypoint.prompt.dismissed',
      ] as WaypointEventType[]) {
        const event = captureEvent({
          type,
          id: '0193a4f2-7b1c-7d3e-9a41-2f8c5e6d7a10',
          now: Date.UTC(2026, 10, 22),
          source: 'https://shop.example.com',
          site: 'acme',
          stage: 'use',
          question: q,
          text: 'How …?',
          answer:
            type === 'waypoint.answer'
              ? { value: answers[q.type] ?? 1, followUp: 'because' }
              : undefined,
          context:
            type === 'waypoint.prompt.dismissed' ? { ...context, reason: 'escape' } : context,
          scrubText: true,
        });
        expect(checkWaypointEvent(event)).toEqual([]);
        // …and as sent, with `sentat`.
        const [sent] = JSON.parse(
          batchBody([{ event } as QueueRecord], '2026-11-22T00:00:01.000Z'),
        );
        expect(checkWaypointEvent(sent)).toEqual([]);
      }
    },
  );

  it('names what is wrong by path', () => {
    expect(checkWaypointEvent({ specversion: '1.0' })).toEqual(
      expect.arrayContaining([{ path: 'id', message: 'is required (string)' }]),
    );
  });
});

describe('the score on the wire', () => {
  const capture = (question: Parameters<typeof captureEvent>[0]['question'], value: unknown) =>
    captureEvent({
      type: 'waypoint.answer',
      id: '0193a4f2-7b1c-7d3e-9a41-2f8c5e6d7a10',
      now: Date.UTC(2026, 10, 22),
      source: 'https://shop.example.com',
      site: 'acme',
      stage: 'use',
      question,
      text: 'How …?',
      answer: { value: value as string },
      context,
      scrubText: true,
    });
  const base = { id: 'q', quality: 'duration', version: 1, maxLength: 1000 } as const;

  it.each<[string, Parameters<typeof capture>[0], unknown, number | undefined]>([
    ['an NPS answer', { ...base, type: 'nps' }, 9, 90],
    ['an effort answer', { ...base, type: 'effort' }, 4, 50],
    ['a scored yes/no', { ...base, type: 'yesno', score: { yes: 0, no: 100 } }, 'no', 100],
    [
      'a multiple choice',
      {
        ...base,
        type: 'choice',
        options: [{ id: 'a', score: 100 }, { id: 'b', score: 0 }, { id: 'c' }],
      },
      ['a', 'b', 'c'],
      50,
    ],
    ['an unscored yes/no', { ...base, type: 'yesno' }, 'yes', undefined],
    ['a text answer', { ...base, type: 'text' }, 'Quick', undefined],
  ])('is computed on the device for %s', (_name, question, value, score) => {
    const event = capture(question, value);
    expect(event.data.answer?.score).toBe(score);
    expect('score' in (event.data.answer ?? {})).toBe(score !== undefined);
    expect(checkWaypointEvent(event)).toEqual([]);
  });

  it("accepts an older SDK's answer without a score, and refuses one off 0–100", () => {
    const event = JSON.parse(JSON.stringify(capture({ ...base, type: 'nps' }, 9)));
    delete event.data.answer.score;
    expect(checkWaypointEvent(event)).toEqual([]);
    event.data.answer.score = 120;
    expect(checkWaypointEvent(event)).toEqual([
      { path: 'data.answer.score', message: 'must be ≤ 100' },
    ]);
  });
});
