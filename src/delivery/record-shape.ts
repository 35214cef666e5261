/**
 * Reading a queue record back from storage (RELIABILITY §12: trust nothing read back). Another
 * version, another script or a damaged disk can leave anything under the queue's prefix; what
 * still holds a Waypoint event is repaired, what does not is handed back as bad, never thrown.
 */
import { byteLength, toJson } from '../platform/json';
import type { QueueRecord } from './records';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;

/** Whether `v` looks like a Waypoint CloudEvent: enough to send, and for the endpoint to judge. */
function isEvent(v: unknown): v is QueueRecord['event'] {
  return (
    isObject(v) &&
    v.specversion === '1.0' &&
    typeof v.id === 'string' &&
    v.id !== '' &&
    typeof v.type === 'string' &&
    typeof v.site === 'string' &&
    isObject(v.data)
  );
}

/**
 * `value` as a queue record, or undefined when it holds no event. Missing or broken bookkeeping
 * (an older version's record, `bytes` lost) is rebuilt, so one field cannot make a bound NaN.
 */
export function readRecord(value: unknown): QueueRecord | undefined {
  if (!isObject(value) || !isEvent(value.event)) return undefined;
  const event = value.event;
  const bytes = finite(value.bytes, -1);
  const time = Date.parse(String(event.time));
  const { endpoint, failedAt } = value;
  return {
    event,
    ...(typeof endpoint === 'string' ? { endpoint } : {}),
    ...(typeof failedAt === 'number' && Number.isFinite(failedAt) ? { failedAt } : {}),
    bytes: bytes >= 0 ? bytes : byteLength(toJson(event)),
    createdAt: finite(value.createdAt, Number.isFinite(time) ? time : 0),
    attempts: finite(value.attempts, 0),
    leaseUntil: finite(value.leaseUntil, 0),
    leaseOwner: typeof value.leaseOwner === 'string' ? value.leaseOwner : '',
  };
}

/** Splits raw entries into records and the keys of values that are not records. */
export function readRecords(entries: ReadonlyArray<[string, unknown]>): {
  good: Array<[string, QueueRecord]>;
  bad: string[];
} {
  const good: Array<[string, QueueRecord]> = [];
  const bad: string[] = [];
  for (const [k, v] of entries) {
    const r = readRecord(v);
    if (r) good.push([k, r]);
    else bad.push(k);
  }
  return { good, bad };
}
