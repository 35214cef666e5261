// A survey's events through POST /v1/events (the collector's own validation, the SDK's wire
// schema) and back out of GET /v1/events and GET /v1/summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent, WireEvent } from '../src/event.ts';
import { post, startCollector, type TestCollector } from './collector-server.ts';
import { DAY, figures, response, stepEvent } from './survey-fixtures.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startCollector();
});
afterAll(() => collector.close());

const send = (body: unknown) => collector.request('/v1/events', post(body));

/** Sets `data.context.trigger` and, on answers, `data.answer.order` (a shuffled choice). */
function customerInitiated(event: WireEvent, trigger: 'inline' | 'launcher'): WireEvent {
  const data = event.data as { context: object; answer?: object };
  return {
    ...event,
    data: {
      ...data,
      context: { ...data.context, trigger },
      ...(data.answer ? { answer: { ...data.answer, order: ['somewhat', 'no', 'yes'] } } : {}),
    },
  };
}

describe('survey events over HTTP', () => {
  const site = 'http-surveys';
  const inline = response('inline-1', { answered: [1, 2], completed: true }, { site, steps: 2 });
  const launcher = response('launcher-1', { answered: [1], dismissedAt: 2 }, { site, steps: 2 });
  const batch = [
    ...inline.map((event) => customerInitiated(event, 'inline')),
    ...launcher.map((event) => customerInitiated(event, 'launcher')),
  ];

  it('accepts inline and launcher triggers, the shown option order and the response', async () => {
    const answer = await send(batch);
    expect(await answer.json()).toEqual({ accepted: batch.length, duplicates: 0 });
    const exported = await collector.request(`/v1/events?site=${site}&limit=100`, { read: true });
    const byId = new Map(((await exported.json()) as StoredEvent[]).map((e) => [e.id, e]));
    for (const event of batch) expect(byId.get(event.id)).toMatchObject(event);
    expect(byId.get(batch[1]?.id ?? '')?.data).toMatchObject({
      answer: { value: 4, order: ['somewhat', 'no', 'yes'] },
      context: { trigger: 'inline' },
      response: { id: 'inline-1', survey: 'checkout', step: 1, steps: 2, complete: false },
    });
  });

  it('stores an answer whose response is malformed, as it came, and leaves it out of surveys', async () => {
    const event = stepEvent('answer', 'bad', 1, { site: 'http-malformed' });
    const malformed = { ...event, data: { ...event.data, response: { id: 'bad', step: '1' } } };
    const answer = await send([malformed]);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ accepted: 1, duplicates: 0 });
    expect(collector.store.list({ site: 'http-malformed' })[0]).toMatchObject(malformed);
    const summary = await collector.request(
      `/v1/summary?from=${DAY}&to=${DAY}&site=http-malformed`,
      {
        read: true,
      },
    );
    expect(await summary.json()).toMatchObject({ totals: { answers: 1 }, surveys: [] });
  });

  it('returns each survey in GET /v1/summary', async () => {
    const summary = await collector.request(`/v1/summary?from=${DAY}&to=${DAY}&site=${site}`, {
      read: true,
    });
    expect(summary.status).toBe(200);
    expect((await summary.json()).surveys).toEqual([
      figures('checkout', {
        started: 2,
        completed: 1,
        unanswered: 0,
        funnel: [
          [2, 1],
          [1, 0],
        ],
      }),
    ]);
  });
});
