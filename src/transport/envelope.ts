// Answers and prompt events as CloudEvents 1.0 (DESIGN §5 wire format), types only: the
// extension attributes `site`, `stage` and `quality` let any broker route without opening `data`.
import type { AnswerValue, ResponseRef, WaypointEventType } from '../contract/types';
import type { Quality } from '../model/qualities';
import type { QuestionType } from '../model/question-types';

export type { WaypointEventType } from '../contract/types';

/** Where and to whom a prompt was shown: attached to every event. */
export interface EventContext {
  page: string;
  locale: string;
  visitor?: string;
  session: string;
  trigger: string;
  sampleRate: number;
  journey: { stagesSeen: string[]; daysSinceFirstSeen: number };
  device: 'mobile' | 'tablet' | 'desktop' | 'unknown';
  sdk: string;
  user?: { id: string; traits?: Record<string, string | number | boolean> };
  reason?: string;
}

/** An answer; `order` is the option ids as shown, for a shuffled choice. */
export interface EventAnswer {
  value: AnswerValue;
  followUp?: string;
  order?: string[];
}

export interface EventData {
  question: { id: string; type: QuestionType; text: string; version: number };
  /** `score`: 0 (worst) to 100 (best), when the question's type or config gives one. */
  answer?: EventAnswer & { score?: number };
  /** On every event of a survey: which response and step it belongs to. */
  response?: ResponseRef;
  context: EventContext;
}

/** A CloudEvent as stored in the queue. `sentat` is added only when a batch is sent. */
export interface WaypointCloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: WaypointEventType;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  site: string;
  stage: string;
  quality: Quality;
  data: EventData;
}

export interface EnvelopeInput {
  id: string;
  now: number;
  source: string;
  type: WaypointEventType;
  site: string;
  stage: string;
  quality: Quality;
  data: EventData;
}
