/**
 * The contract the layers share (STYLE, "a contract is a leaf"): the public event payloads,
 * the answer and error types, the card's host tag, the question as the SDK runs on it, and
 * `DAY_MS`. It imports nothing of ours at run time (only the model's vocabulary as types), so
 * the UI chunk and the core can both depend on it without reaching into each other.
 */
import type { Quality } from '../model/qualities';
import type { QuestionType } from '../model/question-types';

/** One day in milliseconds: cooldowns, budgets and the journey count in days. */
export const DAY_MS = 86_400_000;

/** The card's host element; its shadow root holds everything we render. */
export const HOST_TAG = 'waypoint-prompt';

/** Why something failed, as a stable machine-readable code. */
export type ErrorCode =
  | 'config' // a bad remote config or bad input to a command
  | 'storage' // durable storage unavailable or failing; persistence fell back
  | 'queue-full' // the queue is at its bound; no new prompts until it drains
  | 'delivery' // the endpoint rejected events (dead-lettered) or answered with a config error
  | 'consent' // an action was refused because consent is missing or the visitor opted out
  | 'unknown-question' // `ask` named a question that is not in the config
  | 'render'; // the prompt could not be shown (or its code could not be loaded)

/** An answer: a number (scales), an option id, a list of option ids, `'yes'`/`'no'`, or text. */
export type AnswerValue = number | string | string[];

/** The event types Waypoint sends. */
export type WaypointEventType =
  | 'waypoint.answer'
  | 'waypoint.prompt.shown'
  | 'waypoint.prompt.dismissed';

/** What recording an event came to: its id, and whether (and how durably) it was stored. */
export interface RecordResult {
  id: string;
  stored: boolean;
  persisted: boolean;
}

/** Why a card was closed without an answer. */
export type DismissReason = 'dismiss' | 'escape' | 'opt-out';

/**
 * Where a survey step's event belongs: one response id across the survey's steps, the step's
 * 1-based position among `steps`, and `complete` on the last answered step.
 */
export interface ResponseRef {
  id: string;
  survey: string;
  step: number;
  steps: number;
  complete: boolean;
}

export interface WaypointEvents {
  /** The SDK is set up. `persistence` says whether answers survive a reload. */
  ready: { persistence: 'durable' | 'volatile'; version: string };
  /** The visitor's journey stage changed. */
  stage: { stage: string; previous: string | undefined };
  /** A prompt was shown. */
  shown: { questionId: string; eventId: string; trigger: string; response?: ResponseRef };
  /** An answer was stored (durably if `persisted`) and queued for delivery. */
  answer: {
    questionId: string;
    eventId: string;
    value: AnswerValue;
    followUp?: string;
    persisted: boolean;
    /** Set on a survey step. */
    response?: ResponseRef;
  };
  /** A prompt was closed without an answer. */
  dismissed: {
    questionId: string;
    eventId: string;
    reason: DismissReason;
    response?: ResponseRef;
  };
  /** A batch was acknowledged by the endpoint (2xx); these event ids are delivered. */
  sent: { ids: string[]; status: number };
  /** Something went wrong; nothing is swallowed silently. */
  error: { code: ErrorCode; message: string; ids?: string[] };
}

export type EventName = keyof WaypointEvents;
export type Listener<K extends EventName> = (payload: WaypointEvents[K]) => void;

/** A string, or a map of locale → string (`{ "en": "…", "fr": "…" }`). */
export type LocalizedText = string | Record<string, string>;

/** When a follow-up shows: a score range (scales) or a list of answer ids (choice, yes/no). */
export interface AnswerRange {
  min?: number;
  max?: number;
  in?: string[];
}

/** Every trigger a question can have (DESIGN §2). */
export type Trigger =
  | { on: 'stage' }
  | { on: 'event'; event: string; where?: Record<string, string | number | boolean> }
  | { on: 'delay'; seconds: number }
  | { on: 'scroll'; percent: number }
  | { on: 'exit' }
  | { on: 'click'; selector: string }
  | { on: 'idle'; seconds: number }
  | { on: 'manual' };

/** Device classes an audience can name (the event's `context.device`). */
export type Device = 'mobile' | 'tablet' | 'desktop';

/** Who a question or survey is for; every field given must match (DESIGN §2). */
export interface Audience {
  /** Each trait must equal the one given to `identify` (so no `identify`, no match). */
  traits?: Record<string, string | number | boolean>;
  devices?: Device[];
  /** Language or locale tags: `"fr"` matches `fr-CA`. */
  locales?: string[];
  /** New: this device has not seen a page of ours before this session. */
  visitor?: 'new' | 'returning';
}

/** Dates (`YYYY-MM-DD`, or a full ISO date-time) in the device's own time zone. */
export interface Schedule {
  /** From the start of this day. */
  from?: string;
  /** Until the end of this day. */
  until?: string;
}

/** What targeting needs of anything it can show: a question, or a survey. */
export interface Targetable {
  id: string;
  quality: Quality;
  stages: string[];
  trigger: Trigger;
  sample: number;
  cooldownDays: number;
  priority: number;
  audience?: Audience;
  schedule?: Schedule;
}

/** One branch of a survey step: when the answer is in `when` (always, without it), go to `goto`. */
export interface Branch {
  when?: AnswerRange;
  /** A later step's question id, or `"end"`. */
  goto: string;
}

export interface SurveyStep {
  /** A question id from the config's (or the bank's) questions. */
  question: string;
  /** Tried in order; none matches (or none given): the step that follows. */
  next?: Branch[];
}

/** A survey as the SDK runs on it. Its `quality` is its first step's (for the caps). */
export interface ResolvedSurvey extends Targetable {
  steps: SurveyStep[];
}

/** What can be shown: one question, or a survey of questions. */
export type Askable = ResolvedQuestion | ResolvedSurvey;

/** Whether `a` is a survey (it has steps) rather than one question. */
export const isSurvey = (a: Askable): a is ResolvedSurvey => 'steps' in a;

/** Where the feedback tab sits. */
export type LauncherPosition = 'right' | 'left' | 'bottom-right' | 'bottom-left';

export interface Launcher {
  /** The question or survey it opens. */
  survey: string;
  /** Defaults to "Feedback" in the page's language. */
  label?: LocalizedText;
  position: LauncherPosition;
}

/**
 * A question as the SDK runs on it: every default filled in. Texts are absent on questions of
 * the built-in bank, whose texts arrive with the card's language chunk.
 */
export interface ResolvedQuestion extends Targetable {
  type: QuestionType;
  text?: LocalizedText;
  labels?: { min?: LocalizedText; max?: LocalizedText };
  /** `fixed` options keep their place when `shuffle` orders the rest per visitor. */
  options?: Array<{ id: string; text?: LocalizedText; fixed?: boolean; score?: number }>;
  multiple: boolean;
  /** A yes/no question's score for each answer (0 worst, 100 best). */
  score?: { yes: number; no: number };
  shuffle: boolean;
  placeholder?: LocalizedText;
  maxLength: number;
  version: number;
  followUp?: { when: AnswerRange; text?: LocalizedText };
}
