// The build targets ES2020 (issue 8 #15): the answer path must not need what came later, such as
// `structuredClone` or `Object.hasOwn`. Here it runs with both removed, on the memory fallback
// (the store that used `structuredClone`), from capture to the endpoint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDelivery } from '../../../src/queue/delivery';
import { openStorage } from '../../../src/queue/open-storage';
import { captureEvent } from '../../../src/transport/capture';

const saved = {
  clone: globalThis.structuredClone,
  hasOwn: Object.hasOwn,
  idb: globalThis.indexedDB,
};
/** Puts the globals back: vitest's own `toEqual` needs `Object.hasOwn`. */
const restore = () => {
  globalThis.structuredClone = saved.clone;
  Object.hasOwn = saved.hasOwn;
  globalThis.indexedDB = saved.idb;
};

describe('the answer path on an ES2020 browser', () => {
  beforeEach(() => {
    Reflect.deleteProperty(globalThis, 'structuredClone');
    Reflect.deleteProperty(Object, 'hasOwn');
    Reflect.deleteProperty(globalThis, 'indexedDB');
  });
  afterEach(restore);

  it('stores and delivers an answer without structuredClone or Object.hasOwn', async () => {
    const removed = typeof globalThis.structuredClone + typeof Object.hasOwn;
    const { store } = await openStorage({ localStorage: undefined });
    const bodies: string[] = [];
    const fetch = (async (_u: string, init: RequestInit) => {
      bodies.push(String(init.body));
      return new Response(null, { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    const errors: unknown[] = [];
    const d = await openDelivery({
      endpoint: 'https://c.example/e',
      owner: 'tab',
      storage: store,
      fetch,
      now: Date.now,
      random: () => 0.5,
      emit: ((n: string, p: unknown) => n === 'error' && errors.push(p)) as never,
      win: new EventTarget(),
      doc: new EventTarget(),
      locks: null,
    });
    const event = captureEvent({
      type: 'waypoint.answer',
      id: 'answer-1',
      now: Date.now(),
      source: 'https://shop.example',
      site: 'shop',
      stage: 'use',
      question: { id: 'q', type: 'text', quality: 'advocate', version: 1, maxLength: 500 },
      text: 'Anything else?',
      answer: { value: 'Fast delivery, mail me at a@b.example' },
      context: {
        page: '/',
        locale: 'en',
        session: 's',
        trigger: 'manual',
        sampleRate: 1,
        journey: { stagesSeen: ['use'], daysSinceFirstSeen: 0 },
        device: 'desktop',
        sdk: 'waypoint/test',
      },
      scrubText: true,
    });
    const appended = await d.append(event);
    await d.flush();
    const pending = await d.pending();
    d.stop();
    restore();
    expect(removed).toBe('undefinedundefined');
    expect(store.kind).toBe('memory');
    expect(appended).toEqual({ stored: true, persisted: false });
    const sent = JSON.parse(bodies.join('')) as Array<{ id: string; data: { answer: unknown } }>;
    expect(sent.map((e) => e.id)).toEqual(['answer-1']);
    expect(sent[0]?.data.answer).toEqual({ value: 'Fast delivery, mail me at [email]' });
    expect(pending.count).toBe(0);
    expect(errors).toEqual([]);
  });
});
