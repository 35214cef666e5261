// Events for the collector's tests: what the SDK sends today, what an older SDK sent (no
// question version, no session, journey, device or sdk) and what a newer one might send.

import { makeEvent } from '../../test/unit/demo/fixtures.ts';
import type { WireEvent } from '../src/event.ts';

export { makeEvent };

/** An event as an SDK that knew none of today's optional context would have sent it. */
export function olderSdkEvent(overrides: Record<string, unknown> = {}): WireEvent {
  const event = makeEvent(overrides);
  event.data = {
    question: { id: 'advocate-nps', type: 'nps' },
    answer: { value: 7 },
    context: { page: '/', locale: 'en' },
  };
  delete event.subject;
  delete event.datacontenttype;
  return event;
}

/** An event from a later SDK: a new attribute, a new context field, a new question type. */
export function newerSdkEvent(overrides: Record<string, unknown> = {}): WireEvent {
  const event = makeEvent({ traceparent: '00-abc-def-01', ...overrides });
  event.data = {
    ...event.data,
    question: { id: 'advocate-slider', type: 'slider', text: 'How much?', version: 3 },
    answer: { value: 42, confidence: 'high' },
    context: { ...(event.data.context as object), viewport: { width: 390 }, device: 'watch' },
  };
  return event;
}

/** `n` distinct events, each with its own id. */
export function makeEvents(n: number, overrides: Record<string, unknown> = {}): WireEvent[] {
  return Array.from({ length: n }, () => makeEvent(overrides));
}
