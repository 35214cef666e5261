/**
 * The wire format as a zod/mini schema (DESIGN §5), for receivers that want the SDK's own checks
 * and for the published JSON Schema. The SDK never runs it, so it never reaches the script tag.
 */
import { z } from 'zod/mini';
import { toConfigIssues } from '../config/issues';

const text = z.string().check(z.minLength(1));
// RFC 3339, which CloudEvents requires for `time`; Date.parse alone accepts far looser text.
const dateTime = z.string().check(
  z.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
    'must be an RFC 3339 date-time',
  ),
  z.refine((s) => Number.isFinite(Date.parse(s)), 'must be a real date'),
);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

// Optional context: typed when present, absent is fine (older SDKs sent less of it).
const context = z.looseObject({
  page: z.optional(z.string()),
  locale: z.optional(text),
  visitor: z.optional(text),
  session: z.optional(text),
  trigger: z.optional(text),
  sampleRate: z.optional(z.number().check(z.gte(0), z.lte(1))),
  journey: z.optional(
    z.looseObject({
      stagesSeen: z.optional(z.array(text)),
      daysSinceFirstSeen: z.optional(z.int().check(z.gte(0))),
    }),
  ),
  // A string, not an enum: a newer SDK may tell more device classes apart.
  device: z.optional(text),
  sdk: z.optional(text),
  user: z.optional(z.looseObject({ id: text, traits: z.optional(z.record(z.string(), scalar)) })),
  reason: z.optional(text),
});

/** The answer values the summary understands; a longer text is refused, not truncated. */
const answerValue = z.union([
  z.number(),
  z.boolean(),
  z.string().check(z.maxLength(10_000)),
  z.array(z.string().check(z.maxLength(10_000))),
]);

/**
 * One Waypoint CloudEvent as it travels (with `sentat` once sent). Required is only what storing
 * and summarising need (the CloudEvents attributes, `time`, the `site`/`stage`/`quality`
 * extensions, the question's id and type, an answer's value); the rest is typed when present and
 * unknown fields are kept, so older and newer SDKs' events are both accepted.
 */
export const waypointEventSchema = z.looseObject({
  specversion: z.literal('1.0'),
  id: z.string().check(z.minLength(1), z.maxLength(256)),
  source: text,
  // Any `waypoint.*` type is stored, so a newer SDK's new kind of event is kept, not refused.
  type: z
    .string()
    .check(z.maxLength(128), z.regex(/^waypoint\.[a-z0-9.-]+$/, 'must start with "waypoint."')),
  subject: z.optional(text),
  time: dateTime,
  sentat: z.optional(dateTime),
  datacontenttype: z.optional(
    z.string().check(z.regex(/^application\/([\w.-]+\+)?json\b/i, 'must be a JSON media type')),
  ),
  site: text,
  stage: text,
  // Strings, not the SDK's enums: a quality or question type added later is stored and counted
  // (only scored once the collector knows it).
  quality: text,
  data: z.looseObject({
    question: z.looseObject({
      id: text,
      type: text,
      text: z.optional(z.string()),
      version: z.optional(z.int().check(z.gte(1))),
    }),
    answer: z.optional(
      z.looseObject({
        value: answerValue,
        // 0 (worst) to 100 (best), computed on the device; absent from older SDKs' events and
        // from answers nothing scores (text, options without a score).
        score: z.optional(z.number().check(z.gte(0), z.lte(100))),
        followUp: z.optional(z.string().check(z.maxLength(10_000))),
        // The option ids in the order shown (a shuffled choice).
        order: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20))),
      }),
    ),
    // A survey step's place ({ id, survey, step, steps, complete }). Not checked here: a
    // malformed one must not get a customer's answer refused over a progress field, so a
    // receiver keeps the event and leaves it out of its survey figures (the collector does).
    response: z.optional(z.unknown()),
    context: z.optional(context),
  }),
});

/** A Waypoint CloudEvent that passed {@link waypointEventSchema}. */
export type WireEvent = z.output<typeof waypointEventSchema>;

/**
 * Checks one event; returns readable problems (`data.question.id: is required (string)`), or
 * an empty list when it is a valid Waypoint event. An answer event must carry an answer.
 *
 * @example
 * const problems = checkWaypointEvent(JSON.parse(body)[0]);
 */
export function checkWaypointEvent(value: unknown): Array<{ path: string; message: string }> {
  const result = waypointEventSchema.safeParse(value, { reportInput: true });
  if (!result.success) return toConfigIssues(result.error.issues);
  if (result.data.type === 'waypoint.answer' && !result.data.data.answer) {
    return [{ path: 'data.answer', message: 'an answer event needs an answer' }];
  }
  return [];
}
