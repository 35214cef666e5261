import { describe, expect, it } from 'vitest';
import type { ResolvedQuestion } from '../../../src/config/resolved';
import { mayHaveQueued } from '../../../src/delivery/outbox';
import { scopeOf } from '../../../src/delivery/scope';
import type { Moment } from '../../../src/delivery/sender';
import { startSending } from '../../../src/delivery/sender';
import { createMemoryStore } from '../../../src/storage/memory';
import type { KeyValueStore } from '../../../src/storage/store';

const question: ResolvedQuestion = {
  id: 'q',
  quality: 'operational',
  stages: [],
  trigger: { on: 'manual' },
  sample: 1,
  cooldownDays: 30,
  priority: 0,
  type: 'rating',
  multiple: false,
  shuffle: false,
  maxLength: 1000,
  version: 1,
};

const answer: Moment = {
  type: 'waypoint.answer',
  question,
  text: 'How easy was it?',
  trigger: 'manual',
  stage: 'use',
  page: '/',
  session: 's',
  visitor: undefined,
  journey: { stagesSeen: ['use'], daysSinceFirstSeen: 0 },
  user: undefined,
  answer: { value: 4 },
};

const scope = scopeOf('https://c.example/e', undefined);
const start = (store: KeyValueStore) =>
  startSending({
    store,
    delivery: { endpoint: 'https://c.example/e', owner: 'tab', random: () => 0.5, locks: null },
    emit: () => undefined,
    onSent: () => undefined,
    stopped: () => false,
    source: 'https://shop.example',
    site: 'shop',
    locale: 'en',
    scrubText: true,
    sdk: 'waypoint/test',
    win: undefined,
    now: Date.now,
    newId: () => `id-${Math.random()}`,
  });

/** Resolves with `p`, or rejects once `ms` have passed. */
const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p,
    new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`not within ${ms} ms`)), ms)),
  ]);

describe('startSending', () => {
  it('stores a record and its outbox hint in one atomic step: no write waits after it', async () => {
    const inner = createMemoryStore();
    // After the append, any further write would never finish (a tab closing, a hung disk).
    let hang = false;
    const store: KeyValueStore = {
      ...inner,
      kind: inner.kind,
      set: (k, v) => (hang ? new Promise(() => undefined) : inner.set(k, v)),
      transact: (p, d, r) => inner.transact(p, d, r),
    };
    const sender = await start(store);
    hang = true;
    const r = await within(sender.record(answer), 1000);
    sender.delivery.stop();
    expect(r.stored).toBe(true);
    expect(await inner.get(`q/${r.event.id}`)).toBeDefined();
    // The next page view knows to look, whatever became of later writes.
    expect(await mayHaveQueued(inner, scope, false)).toBe(true);
  });
});
