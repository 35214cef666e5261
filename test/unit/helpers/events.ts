// Small factories for queue and delivery tests: real CloudEvents with controlled ids and sizes.
import { toCloudEvent } from '../../../src/transport/capture';
import type { WaypointCloudEvent } from '../../../src/transport/envelope';

let n = 0;

/** A valid answer CloudEvent; `id` defaults to a unique, time-ordered string. */
export function makeEvent(overrides: { id?: string; text?: string } = {}): WaypointCloudEvent {
  n++;
  return toCloudEvent({
    id: overrides.id ?? `0193a4f2-7b1c-7d3e-9a41-${String(n).padStart(12, '0')}`,
    now: Date.UTC(2026, 10, 22, 13, 45, 12),
    source: 'https://shop.example.com',
    type: 'waypoint.answer',
    site: 'acme',
    stage: 'use',
    quality: 'advocate',
    data: {
      question: {
        id: 'advocate-nps',
        type: 'nps',
        text: overrides.text ?? 'How likely…?',
        version: 1,
      },
      answer: { value: 9 },
      context: {
        page: '/account',
        locale: 'en',
        session: 's',
        trigger: 'manual',
        sampleRate: 1,
        journey: { stagesSeen: ['use'], daysSinceFirstSeen: 0 },
        device: 'desktop',
        sdk: 'waypoint/test',
      },
    },
  });
}
