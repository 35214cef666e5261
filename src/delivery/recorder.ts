/**
 * Turns what happened on the page (a prompt shown, answered, dismissed) into a CloudEvent and
 * stores it in the queue. The core hands over the moment; the event is built here, in the
 * delivery chunk, so a page view that records nothing never loads this code.
 */
import type { ResolvedQuestion } from '../config/resolved';
import type { ResponseRef } from '../contract/types';
import { captureEvent } from '../transport/capture';
import type {
  EventAnswer,
  EventContext,
  WaypointCloudEvent,
  WaypointEventType,
} from '../transport/envelope';
import { eventContext } from './context';
import type { Delivery } from './delivery';

/** What the core knows at the moment something happens. */
export interface Moment {
  type: WaypointEventType;
  question: ResolvedQuestion;
  /** The question text as shown, in the shown locale. */
  text: string;
  trigger: string;
  stage: string;
  page: string;
  session: string;
  visitor: string | undefined;
  journey: EventContext['journey'];
  user: EventContext['user'];
  answer?: EventAnswer;
  reason?: string;
  response?: ResponseRef;
}

export interface RecorderOptions {
  delivery: Delivery;
  source: string;
  site: string;
  locale: string;
  scrubText: boolean;
  sdk: string;
  win: Parameters<typeof eventContext>[0]['win'];
  now: () => number;
  newId: () => string;
}

export type Recorded = { event: WaypointCloudEvent; stored: boolean; persisted: boolean };

/**
 * @example
 * const record = createRecorder({ delivery, source, site, locale, … });
 * await record({ type: 'waypoint.answer', question, text, answer: { value: 9 }, … });
 */
export function createRecorder(o: RecorderOptions): (m: Moment) => Promise<Recorded> {
  return async (m) => {
    // The moment's own fields (type, question, text, answer, …) go in by name: capture and
    // context each pick theirs.
    const event = captureEvent({
      ...m,
      id: o.newId(),
      now: o.now(),
      source: o.source,
      site: o.site,
      scrubText: o.scrubText,
      context: eventContext({
        ...m,
        locale: o.locale,
        sampleRate: m.question.sample,
        win: o.win,
        sdk: o.sdk,
      }),
    });
    // The delivery's append also stamps the outbox hint, in the same transaction.
    return { event, ...(await o.delivery.append(event)) };
  };
}
