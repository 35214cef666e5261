/**
 * The one config schema (DESIGN §2): the config's shape, messages and types come from here, its
 * defaults from schema-defaults.ts. zod/mini, whose checks are free functions, keeps it small.
 */
import { z } from 'zod/mini';
import { QUALITIES } from '../model/qualities';
import { QUESTION_TYPES } from '../model/question-types';
import * as DEFAULT from './schema-defaults';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

const id = (what: string) =>
  z.string().check(z.regex(ID, `${what} must be 1–64 letters, digits, "-", "_" or "."`));
const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(1000));
const count = z.int().check(z.gte(0));
const days = z.number().check(z.gte(0), z.lte(3650));
const seconds = z.number().check(z.gt(0), z.lte(86400));
/** An answer's score: any number from 0 (worst) to 100 (best), decimals allowed (33.3). */
const score = z
  .number()
  .check(
    z.gte(0, 'a score is a number from 0 to 100'),
    z.lte(100, 'a score is a number from 0 to 100'),
  );
/** A per-visitor budget: at most `max` prompts in any window of `days`. */
const budget = (max: number, window: number) =>
  z.prefault(z.strictObject({ max: z._default(count, max), days: z._default(days, window) }), {});

/** A string, or a map of locale → string (`{ "en": "…", "fr": "…" }`). */
export const localizedText = z.union([
  nonEmpty,
  z
    .record(z.string().check(z.regex(LOCALE, 'locale keys look like "en" or "pt-BR"')), nonEmpty)
    .check(z.refine((m) => Object.keys(m).length > 0, 'needs at least one locale')),
]);

const trigger = z.discriminatedUnion('on', [
  z.strictObject({ on: z.literal('stage') }),
  z.strictObject({
    on: z.literal('event'),
    event: nonEmpty,
    where: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
  }),
  z.strictObject({ on: z.literal('delay'), seconds }),
  z.strictObject({ on: z.literal('scroll'), percent: z.number().check(z.gt(0), z.lte(100)) }),
  z.strictObject({ on: z.literal('exit') }),
  z.strictObject({ on: z.literal('click'), selector: nonEmpty }),
  z.strictObject({ on: z.literal('idle'), seconds }),
  z.strictObject({ on: z.literal('manual') }),
]);

/** When a follow-up shows: a score range (scales) or a list of answer ids (choice, yes/no). */
const when = z
  .strictObject({
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    in: z.optional(z.array(id('answer id')).check(z.minLength(1))),
  })
  .check(
    z.refine(
      (r) => r.min !== undefined || r.max !== undefined || r.in !== undefined,
      'needs "min", "max" or "in"',
    ),
  );

/** A day (`2026-12-01`) or an ISO date-time, read in the device's own time zone. */
const date = z.string().check(
  z.regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/,
    'must be a date like "2026-12-01" (or an ISO date-time)',
  ),
  z.refine((d) => Number.isFinite(Date.parse(d)), 'must be a real date'),
);

/** Who a question or survey is for: every field given must match. */
const audience = z.strictObject({
  /** Each trait must equal the one given to `identify` (so no `identify`, no match). */
  traits: z.optional(
    z.record(z.string().check(z.minLength(1)), z.union([z.string(), z.number(), z.boolean()])),
  ),
  /** Device classes (the event's `context.device`). */
  devices: z.optional(z.array(z.enum(['mobile', 'tablet', 'desktop'])).check(z.minLength(1))),
  /** Language or locale tags: `"fr"` matches `fr-CA`. */
  locales: z.optional(
    z
      .array(z.string().check(z.regex(LOCALE, 'locales look like "fr" or "pt-BR"')))
      .check(z.minLength(1)),
  ),
  /** New: this device has not seen a page of ours before this session. */
  visitor: z.optional(z.enum(['new', 'returning'])),
});

/** Dates in the device's own time zone: from the start of `from`, until the end of `until`. */
const schedule = z
  .strictObject({ from: z.optional(date), until: z.optional(date) })
  .check(z.refine((s) => s.from !== undefined || s.until !== undefined, 'needs "from" or "until"'));

/** What a question and a survey share: when, to whom and how often they are asked. */
const targeting = {
  stages: z.optional(z.array(id('stage id')).check(z.minLength(1))),
  trigger: z._default(trigger, DEFAULT.TARGETING.trigger),
  sample: z._default(z.number().check(z.gte(0), z.lte(1)), DEFAULT.TARGETING.sample),
  cooldownDays: z._default(days, DEFAULT.TARGETING.cooldownDays),
  priority: z._default(z.int(), DEFAULT.TARGETING.priority),
  audience: z.optional(audience),
  schedule: z.optional(schedule),
};

const question = z.strictObject({
  id: id('id'),
  quality: z.enum(QUALITIES),
  type: z.enum(QUESTION_TYPES),
  text: localizedText,
  labels: z.optional(
    z.strictObject({ min: z.optional(localizedText), max: z.optional(localizedText) }),
  ),
  options: z.optional(
    z
      .array(
        z.strictObject({
          id: id('option id'),
          text: localizedText,
          /** Keeps its place when `shuffle` orders the others (e.g. "None of these"). */
          fixed: z.optional(z.boolean()),
          /** This option's score (0 worst, 100 best); an option without one scores nothing. */
          score: z.optional(score),
        }),
      )
      .check(
        z.minLength(2, 'a choice needs at least 2 options'),
        z.maxLength(20),
        z.refine((o) => new Set(o.map((x) => x.id)).size === o.length, 'option ids must be unique'),
      ),
  ),
  multiple: z._default(z.boolean(), DEFAULT.QUESTION.multiple),
  /** A yes/no question's score for each answer, e.g. `{ "yes": 0, "no": 100 }`. */
  score: z.optional(z.strictObject({ yes: score, no: score })),
  /** Orders a choice's options per visitor (sticky), against order bias. */
  shuffle: z._default(z.boolean(), DEFAULT.QUESTION.shuffle),
  placeholder: z.optional(localizedText),
  maxLength: z._default(z.int().check(z.gte(1), z.lte(10000)), DEFAULT.QUESTION.maxLength),
  ...targeting,
  version: z._default(z.int().check(z.gte(1)), DEFAULT.QUESTION.version),
  followUp: z.optional(z.strictObject({ when, text: localizedText })),
});

/** A survey step: one question, and where to go after it (the next step by default). */
const step = z.strictObject({
  question: id('question id'),
  next: z.optional(
    z
      .array(z.strictObject({ when: z.optional(when), goto: id('step') }))
      .check(z.minLength(1), z.maxLength(20)),
  ),
});

const survey = z.strictObject({
  id: id('id'),
  steps: z.array(step).check(z.minLength(1, 'a survey needs at least one step'), z.maxLength(20)),
  ...targeting,
});

const launcher = z.strictObject({
  /** The question or survey the tab opens. */
  survey: id('question or survey id'),
  label: z.optional(localizedText),
  position: z._default(
    z.enum(['right', 'left', 'bottom-right', 'bottom-left']),
    DEFAULT.LAUNCHER.position,
  ),
});

const stage = z.strictObject({
  id: id('stage id'),
  paths: z._default(z.array(nonEmpty), []),
  events: z._default(z.array(nonEmpty), []),
});

/**
 * The config *document* schema. Unknown keys anywhere are errors, not silently ignored. It
 * describes a file as written, so `endpoint` is optional here (a `data-config` document leaves it
 * to the tag's `data-endpoint`); `validateConfig` requires it of the merged config.
 */
export const configSchema = z.strictObject({
  /** The JSON Schema an editor checks the file against (dist/waypoint-config.schema.json). */
  $schema: z.optional(z.string()),
  site: z.optional(id('site')),
  endpoint: z.optional(nonEmpty),
  locale: z._default(
    z.union([z.literal('auto'), z.string().check(z.regex(LOCALE))]),
    DEFAULT.LOCALE,
  ),
  stages: z.optional(z.array(stage).check(z.minLength(1))),
  questions: z.optional(z.array(question)),
  surveys: z.optional(z.array(survey).check(z.maxLength(50))),
  limits: z.prefault(
    z.strictObject({
      promptsPerSession: z._default(count, DEFAULT.LIMITS.promptsPerSession),
      daysBetweenPrompts: z._default(days, DEFAULT.LIMITS.daysBetweenPrompts),
      dismissCooldownDays: z._default(days, DEFAULT.LIMITS.dismissCooldownDays),
      /** At most `max` prompts at any one stage per `days` (0 days: no budget). */
      perStage: budget(DEFAULT.PER_STAGE.max, DEFAULT.PER_STAGE.days),
      /** At most `max` prompts of any one quality per `days` (0 days: no budget). */
      perQuality: budget(DEFAULT.PER_QUALITY.max, DEFAULT.PER_QUALITY.days),
    }),
    {},
  ),
  appearance: z.prefault(
    z.strictObject({
      position: z._default(
        z.enum(['bottom-right', 'bottom-left', 'top-right', 'top-left', 'bottom-center']),
        DEFAULT.APPEARANCE.position,
      ),
      theme: z._default(z.enum(['auto', 'light', 'dark']), DEFAULT.APPEARANCE.theme),
      accent: z._default(
        z.string().check(z.regex(COLOR, 'must be a hex colour like "#4f46e5"')),
        DEFAULT.APPEARANCE.accent,
      ),
      zIndex: z._default(z.int(), DEFAULT.APPEARANCE.zIndex),
      /** A feedback tab on every page that opens a question or survey (hidden while it is open). */
      launcher: z.optional(launcher),
      /** CSP nonce for the <style> fallback without constructable stylesheets (the tag's own). */
      nonce: z.optional(
        z.string().check(z.regex(/^[A-Za-z0-9+/=_-]{8,200}$/, 'must be a CSP nonce (base64)')),
      ),
    }),
    {},
  ),
  privacy: z.prefault(
    z.strictObject({
      anonymous: z._default(z.boolean(), DEFAULT.PRIVACY.anonymous),
      requireConsent: z._default(z.boolean(), DEFAULT.PRIVACY.requireConsent),
      scrubText: z._default(z.boolean(), DEFAULT.PRIVACY.scrubText),
      policyUrl: z.optional(nonEmpty),
    }),
    {},
  ),
  debug: z._default(z.boolean(), DEFAULT.DEBUG),
});

/** A config document as written: every key optional (`data-config`, the inline JSON). */
export type ConfigDocument = z.input<typeof configSchema>;
/** The config `createWaypoint` runs on: everything but `endpoint` is optional. */
export type WaypointConfig = ConfigDocument & { endpoint: string };
/** The config after defaults, as the SDK runs on it. */
export type ParsedConfig = z.output<typeof configSchema>;
/** One question as written in the config. */
export type QuestionConfig = z.input<typeof question>;
/** One question after defaults. */
export type Question = z.output<typeof question>;
/** One survey as written in the config. */
export type SurveyConfig = z.input<typeof survey>;
/** One survey after defaults. */
export type Survey = z.output<typeof survey>;
/** One trigger (`{ on: 'stage' }`, `{ on: 'event', event: 'x' }`, …). */
export type Trigger = z.output<typeof trigger>;
/** Who a question or survey is for; every field given must match. */
export type Audience = z.output<typeof audience>;
/** When a question or survey may be asked, by the device's calendar. */
export type Schedule = z.output<typeof schedule>;
/** The feedback tab and the question or survey it opens. */
export type Launcher = z.output<typeof launcher>;
/** Where the card sits, its theme and accent, and the feedback tab. */
export type Appearance = ParsedConfig['appearance'];
/** A site's journey stage and the rules that put the visitor in it. */
export type StageRule = z.output<typeof stage>;
/** How rarely anyone is asked: session cap, gap between prompts, cooldowns and budgets. */
export type Limits = ParsedConfig['limits'];
/** A string, or a map of locale → string. */
export type LocalizedText = z.output<typeof localizedText>;
