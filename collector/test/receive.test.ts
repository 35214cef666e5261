// POST /v1/events over a real socket: the validation table. Whatever the body, the answer is
// a 2xx or a 4xx naming the problem, never a 5xx (issue 9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startCollector, type TestCollector } from './collector-server.ts';
import { makeEvent, makeEvents, newerSdkEvent, olderSdkEvent } from './fixtures.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startCollector();
});
afterAll(() => collector.close());

const send = (body: unknown, type?: string) => collector.request('/v1/events', post(body, type));

describe('POST /v1/events', () => {
  it('stores a batch from the SDK and says how many were new', async () => {
    const batch = makeEvents(3);
    const response = await send(batch);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 3, duplicates: 0 });
    expect(await (await send(batch)).json()).toEqual({ accepted: 0, duplicates: 3 });
  });

  it.each([
    ['an older SDK', olderSdkEvent()],
    ['a newer SDK', newerSdkEvent()],
  ])('keeps an event from %s', async (_name, event) => {
    expect((await send([event])).status).toBe(200);
    const stored = collector.store.list({ limit: 1000 }).find((e) => e.id === event.id);
    expect(stored).toMatchObject(event);
  });

  it('accepts the page-hide text/plain form and plain application/json', async () => {
    expect((await send([makeEvent()], 'text/plain;charset=UTF-8')).status).toBe(200);
    expect((await send([makeEvent()], 'application/json')).status).toBe(200);
  });

  const deep = `${'['.repeat(6000)}${']'.repeat(6000)}`;
  const deepObject = `[${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}]`;
  it.each<[string, unknown, number, RegExp]>([
    ['malformed JSON', '[{"specversion":', 400, /not valid JSON/],
    ['an empty body', '', 400, /not valid JSON/],
    ['an object, not a batch', { ...makeEvent() }, 400, /JSON array/],
    [
      'a bad event at index 2',
      [makeEvent(), makeEvent(), { ...makeEvent(), id: '' }],
      400,
      /^event 2: "id"/,
    ],
    [
      'an event without a question id',
      [{ ...makeEvent(), data: { question: { type: 'nps' } } }],
      400,
      /^event 0: data\.question\.id/,
    ],
    [
      'an answer without a value',
      [{ ...makeEvent(), data: { question: { id: 'q', type: 'nps' }, answer: {} } }],
      400,
      /data\.answer\.value/,
    ],
    ['arrays nested 6,000 deep', deep, 400, /nested deeper than 32/],
    ['objects nested 6,000 deep', deepObject, 400, /nested deeper than 32/],
    ['a NUL in a string', [makeEvent({ subject: 'a\u0000b' })], 400, /NUL/],
    [
      'a 2 KB source',
      [makeEvent({ source: `urn:${'é'.repeat(1000)}` })],
      400,
      /^event 0: "source" must be .* at most 1024 bytes/,
    ],
    [
      'a 200-character type',
      [makeEvent({ type: `waypoint.${'a'.repeat(190)}` })],
      400,
      /^event 0: "type" must be a string of at most 128/,
    ],
    ['51 events', makeEvents(51), 413, /at most 50/],
    ['a 1 MB body', `[${'"x",'.repeat(250_000)}"x"]`, 413, /over 65536 bytes/],
  ])('refuses %s with %i, naming the problem', async (_name, body, status, message) => {
    const before = collector.store.count();
    const response = await send(body);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
    expect(collector.store.count()).toBe(before);
  });

  it('refuses a body that is not UTF-8 with 400', async () => {
    const body = new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]);
    const response = await collector.request('/v1/events', { ...post(''), body });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/UTF-8/);
  });

  it('refuses a chunked body that grows past 64 KB with 413', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 6; i += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await collector.request('/v1/events', {
      ...post(''),
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('refuses another media type with 415 and lists the accepted ones', async () => {
    const response = await send([makeEvent()], 'application/xml');
    expect(response.status).toBe(415);
    expect((await response.json()).error).toContain('application/cloudevents-batch+json');
  });

  it('answers 405 with Allow for other methods', async () => {
    const response = await collector.request('/v1/events', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('POST');
  });
});
