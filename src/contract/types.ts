/**
 * What the layers share beyond the config: the public events, answers, error codes, the card's
 * host tag and `DAY_MS`. A leaf, so the card chunk and the core never reach into each other.
 */
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
