/**
 * What the core hands the card (`createCard`) and what the card hands back: plain data and
 * callbacks, so the card knows nothing of storage, delivery or targeting.
 */
import type { Askable, ResolvedConfig, ResolvedQuestion } from '../config/resolved';
import type {
  AnswerValue,
  ErrorCode,
  RecordResult,
  ResponseRef,
  WaypointEvents,
  WaypointEventType,
} from '../contract/types';

/** Something that happened on a card, for the core to build an event from and store. */
export interface CardMoment {
  type: WaypointEventType;
  /** The question on screen (a survey's step question). */
  question: ResolvedQuestion;
  /** The trigger label passed to `show()`, or `'inline'` for `render()`. */
  trigger: string;
  /** The question text as shown. */
  text: string;
  /** `order`: the option ids in the order shown, for a shuffled choice. */
  answer?: { value: AnswerValue; followUp?: string; order?: string[] };
  /** Why it was dismissed. */
  reason?: string;
  /** Set on every event of a survey. */
  response?: ResponseRef;
}

export interface CardOptions {
  doc: Document;
  config: ResolvedConfig;
  locale: string;
  error(code: ErrorCode, message: string): void;
  sendsVisitorId: () => boolean;
  /** Whether an `identify` user id goes with the events (not in anonymous mode). */
  sendsUserId?: () => boolean;
  isOffline: () => boolean;
  /** A new id, for a survey's response. */
  newId(): string;
  /** The visitor's sticky seed, for a shuffled question's option order. */
  seed(): string;
  /** Builds and stores the event for `m`. */
  record(m: CardMoment): Promise<RecordResult>;
  onShown(item: Askable, eventId: string, trigger: string, response?: ResponseRef): void;
  /** `e.response` is set on a survey's steps. */
  onAnswer(item: Askable, e: WaypointEvents['answer']): void;
  onDismissed(item: Askable, e: WaypointEvents['dismissed']): void;
  onOptOut(): void;
  flush(): void;
  /** Drawn by a preview link: a visible badge; `record` keeps nothing. */
  preview?: boolean;
}
