// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LIMITS, parseBatch, validateBatch } from '../../../collector/src/validate.ts';
import { newerSdkEvent, olderSdkEvent } from '../../collector/fixtures.ts';
import { makeEvent } from './fixtures.ts';

/** A batch of three good events whose event at `index` has `patch` applied (undefined deletes). */
function batchWith(index: number, patch: Record<string, unknown>): unknown[] {
  const events: unknown[] = [makeEvent(), makeEvent(), makeEvent()];
  const target: Record<string, unknown> = { ...(events[index] as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete target[key];
    else target[key] = value;
  }
  events[index] = target;
  return events;
}

describe('validateBatch', () => {
  it('accepts a batch of well-formed events and returns them', () => {
    const events = [makeEvent(), makeEvent({ type: 'waypoint.prompt.shown' })];
    expect(validateBatch(events)).toEqual({ ok: true, events });
  });

  it('accepts the DESIGN.md example event', () => {
    const example = {
      specversion: '1.0',
      id: '0193a4f2-7b1c-7d3e-9a41-2f8c5e6d7a10',
      source: 'https://shop.example.com',
      type: 'waypoint.answer',
      subject: 'advocate-nps',
      time: '2026-11-22T13:45:12.345Z',
      datacontenttype: 'application/json',
      site: 'acme-shop',
      stage: 'use',
      quality: 'advocate',
      data: {
        question: { id: 'advocate-nps', type: 'nps', text: 'How likely …?', version: 1 },
        answer: { value: 9, followUp: 'Fast delivery' },
        context: {
          page: '/account',
          locale: 'en',
          visitor: 'v',
          session: 's',
          trigger: 'event:order_delivered',
          sampleRate: 0.2,
          journey: { stagesSeen: ['aware', 'explore', 'decide', 'use'], daysSinceFirstSeen: 12 },
          device: 'mobile',
          sdk: 'waypoint/0.1.0',
        },
      },
    };
    expect(validateBatch([example]).ok).toBe(true);
  });

  it('accepts time offsets, sentat and scalar extension attributes', () => {
    const event = {
      ...makeEvent(),
      time: '2026-11-22T14:45:12+01:00',
      sentat: '2026-11-22T13:46:00Z',
      attempt: 2,
    };
    expect(validateBatch([event]).ok).toBe(true);
  });

  it.each([
    ['no Waypoint data', { data: {} }, 'data.question: is required'],
    ['no quality', { quality: undefined }, 'quality: is required'],
    ['no site', { site: undefined }, 'site: is required'],
    [
      'a question without a type',
      { data: { ...makeEvent().data, question: { id: 'q' } } },
      'data.question.type: is required',
    ],
    [
      'an answer event without an answer',
      { data: { ...makeEvent().data, answer: undefined } },
      'data.answer: an answer event needs an answer',
    ],
    [
      'an answer without a value',
      { data: { ...makeEvent().data, answer: { followUp: 'hm' } } },
      'data.answer.value',
    ],
    [
      'a context field of the wrong type',
      { data: { ...makeEvent().data, context: { sampleRate: 'all' } } },
      'data.context.sampleRate',
    ],
  ])(
    'refuses a CloudEvent with %s, with the SDK schema naming the field',
    (_name, overrides, message) => {
      const result = validateBatch([makeEvent(overrides)]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain(`event 0: ${message}`);
    },
  );

  // The versioning rule (README): what an older SDK left out and what a newer one adds.
  it.each([
    ['an older SDK (no version, session, journey, device, sdk)', olderSdkEvent()],
    [
      'a newer SDK (new attribute, question type, quality, context)',
      newerSdkEvent({ quality: 'delight' }),
    ],
    [
      'a new event type',
      makeEvent({ type: 'waypoint.prompt.snoozed', data: { question: { id: 'q', type: 'nps' } } }),
    ],
  ])('accepts an event from %s', (_name, event) => {
    expect(validateBatch([event])).toEqual({ ok: true, events: [event] });
  });

  it.each([
    [
      'nested 6,000 deep',
      JSON.parse(`${'['.repeat(6000)}1${']'.repeat(6000)}`),
      'nested deeper than 32',
    ],
    ['a NUL character', { subject: 'a\u0000b' }, 'subject: contains a NUL'],
    ['a lone surrogate', { data: { ...makeEvent().data, x: '\ud800' } }, 'data.x: contains a lone'],
  ])('refuses an event with %s, with 400', (_name, patch, message) => {
    const body = Array.isArray(patch) ? [patch] : [makeEvent(patch)];
    const result = validateBatch(body);
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('accepts an empty batch (a valid CloudEvents JSON batch)', () => {
    expect(validateBatch([])).toEqual({ ok: true, events: [] });
  });

  it.each([
    ['an object', { ...makeEvent() }, 'must be a JSON array'],
    ['a string', 'hello', 'got "hello"'],
    ['null', null, 'got null'],
  ])('refuses a body that is %s, not an array', (_name, body, message) => {
    const result = validateBatch(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(400);
      expect(result.error).toContain('JSON array');
      expect(result.error).toContain(message);
    }
  });

  it(`answers 413 for more than ${LIMITS.events} events`, () => {
    const body = Array.from({ length: LIMITS.events + 1 }, () => makeEvent());
    const result = validateBatch(body);
    expect(result).toEqual({
      ok: false,
      status: 413,
      error: `batch has ${LIMITS.events + 1} events; at most ${LIMITS.events} are accepted`,
    });
  });

  it(`accepts exactly ${LIMITS.events} events`, () => {
    const body = Array.from({ length: LIMITS.events }, () => makeEvent());
    expect(validateBatch(body).ok).toBe(true);
  });

  it.each([
    ['not an object', 1, 'hello', 'event 1: must be a JSON object, got "hello"'],
    ['an array', 0, [], 'event 0: must be a JSON object, got an array'],
  ])('names the index when an item is %s', (_name, index, item, message) => {
    const body: unknown[] = [makeEvent(), makeEvent()];
    body[index] = item;
    expect(validateBatch(body)).toEqual({ ok: false, status: 400, error: message });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a wrong specversion', { specversion: '0.3' }, '"specversion" must be "1.0", got "0.3"'],
    [
      'a missing specversion',
      { specversion: undefined },
      '"specversion" must be "1.0", got nothing',
    ],
    ['an empty id', { id: '' }, '"id" must be a non-empty string'],
    [
      'a numeric id',
      { id: 42 },
      '"id" must be a non-empty string of at most 256 characters, got 42',
    ],
    ['a too long id', { id: 'x'.repeat(257) }, '"id" must be a non-empty string'],
    [
      'a missing source',
      { source: undefined },
      '"source" must be a non-empty string of at most 1024 bytes, got nothing',
    ],
    [
      'a foreign type',
      { type: 'com.example.order' },
      '"type" must be a string of at most 128 characters starting with "waypoint."',
    ],
    ['a missing type', { type: undefined }, '"type" must be a string of at most 128 characters'],
    ['a missing time', { time: undefined }, '"time" must be an RFC 3339 date-time'],
    ['a loose time', { time: 'Nov 22 2026' }, '"time" must be an RFC 3339 date-time'],
    ['a date-only time', { time: '2026-11-22' }, '"time" must be an RFC 3339 date-time'],
    ['an impossible time', { time: '2026-13-45T99:00:00Z' }, '"time" must be an RFC 3339'],
    ['a bad sentat', { sentat: 'now' }, '"sentat" must be an RFC 3339 date-time'],
    ['a missing data', { data: undefined }, '"data" must be a JSON object, got nothing'],
    ['string data', { data: 'yes' }, '"data" must be a JSON object, got "yes"'],
    ['array data', { data: [1] }, '"data" must be a JSON object, got an array'],
    ['base64 data', { data: undefined, data_base64: 'eyJ9' }, '"data_base64" is not accepted'],
    [
      'a non-JSON content type',
      { datacontenttype: 'text/xml' },
      '"datacontenttype" must be a JSON',
    ],
    ['an empty stage', { stage: '' }, '"stage" must be a non-empty string when present'],
    [
      'a numeric quality',
      { quality: 3 },
      '"quality" must be a non-empty string when present, got 3',
    ],
    ['an upper-case attribute', { Stage: 'use' }, 'attribute name "Stage" is not valid'],
    ['an object extension', { extra: { a: 1 } }, 'extension attribute "extra" must be a string'],
  ])('refuses %s and names the event and the attribute', (_name, patch, message) => {
    const result = validateBatch(batchWith(2, patch));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(400);
      expect(result.error).toMatch(/^event 2: /);
      expect(result.error).toContain(message);
    }
  });

  it('reports the first bad event when several are bad', () => {
    const body = batchWith(1, { id: '' });
    (body[2] as Record<string, unknown>).type = 'nope';
    const result = validateBatch(body);
    expect(result.ok || result.error).toMatch(/^event 1: "id"/);
  });

  it('keeps long bad values short in the message', () => {
    const result = validateBatch(batchWith(0, { type: `x${'y'.repeat(500)}` }));
    expect(result.ok || result.error.length).toBeLessThan(200);
  });
});

describe('parseBatch', () => {
  it('parses and validates JSON text', () => {
    const events = [makeEvent()];
    expect(parseBatch(JSON.stringify(events))).toEqual({ ok: true, events });
  });

  it.each([['{'], [''], ['[1,]'], ['undefined']])('refuses invalid JSON %j with 400', (text) => {
    const result = parseBatch(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(400);
      expect(result.error).toMatch(/^body is not valid JSON: /);
    }
  });

  it('passes validation errors through', () => {
    const result = parseBatch(JSON.stringify([{ ...makeEvent(), specversion: 1 }]));
    expect(result.ok || result.error).toBe('event 0: "specversion" must be "1.0", got 1');
  });
});
