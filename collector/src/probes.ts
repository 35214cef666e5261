import type { WireEvent } from './event.ts';

/**
 * The `source` of every event the endpoint checker (`npx waypoint-check-endpoint`) sends. Its
 * events are acknowledged and deduplicated like any other, but kept in a table of their own:
 * a conformance check is not a customer, so it never enters summaries, exports or forwarding.
 */
export const PROBE_SOURCE = 'urn:waypoint:check-endpoint';

/** Splits a batch into customers' events and the checker's. */
export function splitProbes(events: readonly WireEvent[]): {
  real: WireEvent[];
  probes: WireEvent[];
} {
  const real: WireEvent[] = [];
  const probes: WireEvent[] = [];
  for (const event of events) (event.source === PROBE_SOURCE ? probes : real).push(event);
  return { real, probes };
}
