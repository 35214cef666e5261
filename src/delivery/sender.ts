// Delivery as the core gets it from the delivery chunk: the queue and flusher opened on the
// page's store, the recorder on top (a moment becomes a CloudEvent with its context, stored in
// one transaction with the outbox hint), so the core only asks for this once there is work.
import type { ResolvedQuestion } from '../config/resolved';
import type { ResponseRef, WaypointEvents } from '../contract/types';
import { deviceClass } from '../model/device';
import type { KeyValueStore } from '../storage/store';
import { captureEvent } from '../transport/capture';
import type {
  EventAnswer,
  EventContext,
  WaypointCloudEvent,
  WaypointEventType,
} from '../transport/envelope';
import { type Delivery, type DeliveryOptions, openDelivery } from './delivery';
import { noteIfDrained } from './drain';
import { markDrained, outboxKey, outboxMark } from './outbox';
import { absoluteEndpoint, scopeOf } from './scope';

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

export interface ContextInput {
  page: string;
  locale: string;
  /** Undefined in anonymous mode. */
  visitor: string | undefined;
  session: string;
  trigger: string;
  sampleRate: number;
  journey: EventContext['journey'];
  win: Parameters<typeof deviceClass>[0];
  sdk: string;
  /** Only outside anonymous mode. */
  user: EventContext['user'];
  reason?: string;
}

/**
 * @example
 * eventContext({ page: '/account', locale: 'en', visitor: 'v1', session: 's1', trigger: 'stage',
 *   sampleRate: 0.2, journey, win: window, sdk: 'waypoint/0.1.0', user: undefined });
 */
export function eventContext(i: ContextInput): EventContext {
  return {
    page: i.page,
    locale: i.locale,
    ...(i.visitor ? { visitor: i.visitor } : {}),
    session: i.session,
    trigger: i.trigger,
    sampleRate: i.sampleRate,
    journey: i.journey,
    device: deviceClass(i.win),
    sdk: i.sdk,
    ...(i.user ? { user: i.user } : {}),
    ...(i.reason ? { reason: i.reason } : {}),
  };
}

export interface Sender {
  delivery: Delivery;
  record(m: Moment): Promise<Recorded>;
  /** Flushes what waits and notes an empty queue (what a start with `look` does at once). */
  look(): void;
}

export interface SenderOptions extends Omit<RecorderOptions, 'delivery'> {
  store: KeyValueStore;
  delivery: Omit<DeliveryOptions, 'storage' | 'emit' | 'now' | 'win' | 'appendStamp' | 'idleMark'>;
  emit: DeliveryOptions['emit'];
  /** The endpoint acknowledged these events. */
  onSent(e: WaypointEvents['sent']): void;
  stopped(): boolean;
  /**
   * Look at the queue at once: flush what waits and note an empty one (the default). False for
   * a card on a device whose outbox stamps say nothing waits: the queue is then not read twice
   * for nothing while the card shows; `look()` does it later if something turns out to wait.
   */
  look?: boolean;
}

/**
 * @example
 * const sender = await startSending({ store, delivery: { endpoint, owner, fetch, random }, … });
 */
export async function startSending(o: SenderOptions): Promise<Sender> {
  const scope = scopeOf(absoluteEndpoint(o.delivery.endpoint), o.delivery.site);
  const drained = () => void noteIfDrained(delivery, o.store, scope).catch(() => undefined);
  const look = o.look ?? true;
  const delivery = await openDelivery({
    ...o.delivery,
    flushAtStart: look,
    storage: o.store,
    // The outbox mark is written with each record, in one transaction (see `outbox.ts`).
    appendStamp: outboxKey(scope),
    now: o.now,
    win: o.win as DeliveryOptions['win'],
    emit(name, payload) {
      if (name === 'sent') o.onSent(payload as WaypointEvents['sent']);
      o.emit(name, payload);
    },
    // Once a flush has emptied the queue, not after every batch: counting what is pending reads
    // the whole queue, which made a 10,000-event flush quadratic.
    async idleMark() {
      const mark = await outboxMark(o.store, scope);
      return () => void markDrained(o.store, scope, mark).catch(() => undefined);
    },
  });
  if (o.stopped()) delivery.stop();
  else if (look) drained();
  return {
    delivery,
    record: createRecorder({ ...o, delivery }),
    look() {
      if (o.stopped()) return;
      void delivery.flush({ force: false });
      drained();
    },
  };
}
