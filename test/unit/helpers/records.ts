// A queue record as the queue writes it at capture, for tests of what reads records back.
import type { QueueRecord } from '../../../src/delivery/queue';
import { byteLength, toJson } from '../../../src/platform/json';
import type { WaypointCloudEvent } from '../../../src/transport/envelope';

export const recordOf = (event: WaypointCloudEvent): QueueRecord => ({
  event,
  bytes: byteLength(toJson(event)),
  createdAt: 0,
  attempts: 0,
  leaseUntil: 0,
  leaseOwner: '',
});
