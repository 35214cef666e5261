// The build targets ES2020: the answer path must not need what came later, such as
// `structuredClone` or `Object.hasOwn`. Here it runs with both removed, on the memory fallback
// (the store that used `structuredClone`), from capture to the endpoint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { carryBack } from '../../../src/delivery/carry-back';
import { openStorage } from '../../../src/storage/open';
import { captureEvent } from '../../../src/transport/capture';
import { textAnswer } from '../helpers/capture';
import { fakeFetch, testDelivery } from '../helpers/delivery';

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
    const { store } = await openStorage({ carryBack, localStorage: undefined });
    const { fetch, posts } = fakeFetch();
    const { delivery: d, errors } = await testDelivery({ storage: store, fetch });
    const event = captureEvent(textAnswer('Fast delivery, mail me at a@b.example'));
    const appended = await d.append(event);
    await d.flush();
    const pending = await d.pending();
    d.stop();
    restore();
    expect(removed).toBe('undefinedundefined');
    expect(store.kind).toBe('memory');
    expect(appended).toEqual({ stored: true, persisted: false });
    expect(posts.flatMap((p) => p.ids)).toEqual(['answer-1']);
    expect(event.data.answer).toEqual({ value: 'Fast delivery, mail me at [email]' });
    expect(pending.count).toBe(0);
    expect(errors).toEqual([]);
  });
});
