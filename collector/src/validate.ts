import { checkWaypointEvent } from 'waypoint-feedback/wire';
import type { WireEvent } from './event.ts';
import { jsonProblem } from './json-shape.ts';
import { MAX_INDEXED_BYTES, utf8Bytes } from './limits.ts';

// Everything the collector checks about a body lives in this file: first the CloudEvents
// envelope (any CloudEvents receiver would check this much), then the SDK's own schema of a
// Waypoint event (DESIGN §7: "validation with the same schemas as the SDK").

/** The endpoint contract's bounds (DESIGN.md §5): at most 50 events and 64 KB per batch. */
export const LIMITS = { events: 50, bytes: 64 * 1024 } as const;

/** A checked batch, or why it was refused (`error` names the event index and attribute). */
export type BatchResult =
  | { ok: true; events: WireEvent[] }
  | { ok: false; status: 400 | 413; error: string };

const TYPE_PREFIX = 'waypoint.';
const MAX_KEY_BYTES = 1024;
// `type` is indexed too; no real type comes near this.
const MAX_TYPE_LENGTH = 128;

// RFC 3339, which CloudEvents requires for `time`; Date.parse alone accepts far looser text.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
// CloudEvents §3.1.1: attribute names are lowercase ASCII letters and digits.
const ATTRIBUTE_NAME = /^[a-z0-9]{1,20}$/;
const OPTIONAL_STRINGS = ['subject', 'site', 'stage', 'quality'] as const;
const INDEXED = ['site', 'stage', 'quality'] as const;
const CORE = new Set([
  'specversion',
  'id',
  'source',
  'type',
  'time',
  'data',
  'subject',
  'datacontenttype',
  'dataschema',
  'sentat',
  'site',
  'stage',
  'quality',
]);

/**
 * Parses a request body as a CloudEvents JSON batch and checks every event.
 *
 * @example
 * const result = parseBatch('[{"specversion":"1.0", …}]');
 * if (!result.ok) respond(result.status, result.error); // e.g. 'event 0: "time" must be …'
 */
export function parseBatch(text: string): BatchResult {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return fail(`body is not valid JSON: ${(error as Error).message}`);
  }
  return validateBatch(body);
}

/** Checks an already parsed body; see {@link parseBatch}. */
export function validateBatch(body: unknown): BatchResult {
  if (!Array.isArray(body)) {
    return fail(`body must be a JSON array of CloudEvents (a batch), got ${describe(body)}`);
  }
  if (body.length > LIMITS.events) {
    return {
      ok: false,
      status: 413,
      error: `batch has ${body.length} events; at most ${LIMITS.events} are accepted`,
    };
  }
  const events: WireEvent[] = [];
  for (const [index, item] of body.entries()) {
    const problem = jsonProblem(item) ?? checkEvent(item);
    if (problem !== undefined) return fail(`event ${index}: ${problem}`);
    const issues = checkWaypointEvent(item);
    if (issues.length) {
      return fail(`event ${index}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    }
    events.push(item as WireEvent);
  }
  return { ok: true, events };
}

/** Returns what is wrong with one event, or undefined when it is a valid Waypoint CloudEvent. */
function checkEvent(item: unknown): string | undefined {
  if (!isObject(item)) return `must be a JSON object, got ${describe(item)}`;
  if (item.specversion !== '1.0') {
    return `"specversion" must be "1.0", got ${describe(item.specversion)}`;
  }
  if (!isNonEmptyString(item.id) || item.id.length > 256) {
    return `"id" must be a non-empty string of at most 256 characters, got ${describe(item.id)}`;
  }
  // Bounded in bytes: source + id is a primary key, and PostgreSQL refuses index entries over
  // about 2.7 KB (a 5xx, were it not caught here).
  if (!isNonEmptyString(item.source) || Buffer.byteLength(item.source) > MAX_KEY_BYTES) {
    return `"source" must be a non-empty string of at most ${MAX_KEY_BYTES} bytes, got ${describe(item.source)}`;
  }
  if (
    typeof item.type !== 'string' ||
    !item.type.startsWith(TYPE_PREFIX) ||
    item.type.length > MAX_TYPE_LENGTH
  ) {
    return `"type" must be a string of at most ${MAX_TYPE_LENGTH} characters starting with "${TYPE_PREFIX}", got ${describe(item.type)}`;
  }
  if (!isDateTime(item.time)) return dateTimeProblem('time', item.time);
  if (item.sentat !== undefined && !isDateTime(item.sentat)) {
    return dateTimeProblem('sentat', item.sentat);
  }
  if ('data_base64' in item) return '"data_base64" is not accepted: send "data" as a JSON object';
  if (!isObject(item.data)) return `"data" must be a JSON object, got ${describe(item.data)}`;
  const contentType = item.datacontenttype;
  if (contentType !== undefined && !/^application\/([\w.-]+\+)?json\b/i.test(String(contentType))) {
    return `"datacontenttype" must be a JSON media type, got ${describe(contentType)}`;
  }
  for (const key of OPTIONAL_STRINGS) {
    if (item[key] !== undefined && !isNonEmptyString(item[key])) {
      return `"${key}" must be a non-empty string when present, got ${describe(item[key])}`;
    }
  }
  for (const key of INDEXED) {
    if (tooLong(item[key])) return overIndexLimit(`"${key}"`, item[key]);
  }
  const question = (item.data as { question?: { type?: unknown } }).question;
  if (tooLong(question?.type)) return overIndexLimit('data.question.type', question?.type);
  for (const [key, value] of Object.entries(item)) {
    if (!ATTRIBUTE_NAME.test(key)) {
      return `attribute name "${key}" is not valid (CloudEvents names are 1-20 lowercase letters or digits)`;
    }
    const scalar = ['string', 'number', 'boolean'].includes(typeof value);
    if (!CORE.has(key) && !scalar) {
      return `extension attribute "${key}" must be a string, number or boolean, got ${describe(value)}`;
    }
  }
  return undefined;
}

function tooLong(value: unknown): value is string {
  return typeof value === 'string' && utf8Bytes(value) > MAX_INDEXED_BYTES;
}

function overIndexLimit(name: string, value: string): string {
  return `${name} must be at most ${MAX_INDEXED_BYTES} bytes of UTF-8, got ${utf8Bytes(value)}`;
}

function dateTimeProblem(key: string, value: unknown): string {
  return `"${key}" must be an RFC 3339 date-time such as "2026-11-22T13:45:12.345Z", got ${describe(value)}`;
}

function fail(error: string): BatchResult {
  return { ok: false, status: 400, error };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && RFC3339.test(value) && Number.isFinite(Date.parse(value));
}

/** A short, safe rendering of a bad value for an error message. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
