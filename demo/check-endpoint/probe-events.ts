import { uuidv7 } from '../../src/transport/uuid.ts';

/**
 * The `source` of every event the checker sends. A Waypoint collector keeps such events out of
 * summaries and exports (its own `PROBE_SOURCE`); another endpoint can find and delete them.
 */
export const CHECK_SOURCE = 'urn:waypoint:check-endpoint';

/**
 * A valid Waypoint answer event with a fresh id, as the SDK would send it (DESIGN §5), marked
 * as the checker's own by its `source` and `site`.
 */
export function probeEvent(): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    specversion: '1.0',
    id: uuidv7(),
    source: CHECK_SOURCE,
    type: 'waypoint.answer',
    subject: 'advocate-nps',
    time: now,
    sentat: now,
    datacontenttype: 'application/json',
    site: 'waypoint-check-endpoint',
    stage: 'use',
    quality: 'advocate',
    data: {
      question: { id: 'advocate-nps', type: 'nps', text: 'How likely …?', version: 1 },
      answer: { value: 9 },
      context: {
        page: '/',
        locale: 'en',
        trigger: 'manual',
        sampleRate: 1,
        sdk: 'waypoint-check-endpoint',
      },
    },
  };
}

/** A batch of fresh probe events. */
export function probeBatch(size: number): Array<Record<string, unknown>> {
  return Array.from({ length: size }, probeEvent);
}
