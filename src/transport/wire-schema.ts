/**
 * The wire format as a zod/mini schema (DESIGN §5): what a Waypoint CloudEvent must hold, for
 * receivers that want the SDK's own checks (the reference collector uses it). Extension
 * attributes and extra fields are allowed, so an older receiver accepts a newer SDK's events.
 * Not used by the SDK at run time, so it never reaches the script-tag bundle.
 */
import { z } from 'zod/mini';
import { toConfigIssues } from '../config/issues';
import { QUALITIES } from '../model/qualities';
import { QUESTION_TYPES } from '../model/question-types';

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

const context = z.looseObject({
  page: z.string(),
  locale: text,
  visitor: z.optional(text),
  session: text,
  trigger: text,
  sampleRate: z.number().check(z.gte(0), z.lte(1)),
  journey: z.looseObject({
    stagesSeen: z.array(text),
    daysSinceFirstSeen: z.int().check(z.gte(0)),
  }),
  device: z.enum(['mobile', 'tablet', 'desktop', 'unknown']),
  sdk: text,
  user: z.optional(z.looseObject({ id: text, traits: z.optional(z.record(z.string(), scalar)) })),
  reason: z.optional(text),
});

/** One Waypoint CloudEvent as it travels (with `sentat` once sent). */
export const waypointEventSchema = z.looseObject({
  specversion: z.literal('1.0'),
  id: z.string().check(z.minLength(1), z.maxLength(256)),
  source: text,
  type: z.enum(['waypoint.answer', 'waypoint.prompt.shown', 'waypoint.prompt.dismissed']),
  subject: text,
  time: dateTime,
  sentat: z.optional(dateTime),
  datacontenttype: z.literal('application/json'),
  site: text,
  stage: text,
  quality: z.enum(QUALITIES),
  data: z.looseObject({
    question: z.looseObject({
      id: text,
      type: z.enum(QUESTION_TYPES),
      text: z.string(),
      version: z.int().check(z.gte(1)),
    }),
    answer: z.optional(
      z.looseObject({
        value: z.union([z.number(), z.string().check(z.maxLength(10_000)), z.array(z.string())]),
        followUp: z.optional(z.string().check(z.maxLength(10_000))),
      }),
    ),
    context,
  }),
});

/** A Waypoint CloudEvent that passed {@link waypointEventSchema}. */
export type WireEvent = z.output<typeof waypointEventSchema>;

/**
 * Checks one event; returns readable problems (`data.question.type: expected "nps" | …`), or
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
