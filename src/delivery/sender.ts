/**
 * Delivery as the core gets it from the delivery chunk: the queue and flusher opened on the
 * page's store, the recorder on top, and the outbox hint kept up to date, so the core's only
 * part in sending is to ask for this once there is something to send.
 */
import type { WaypointEvents } from '../contract/types';
import type { KeyValueStore } from '../storage/store';
import { type Delivery, type DeliveryOptions, openDelivery } from './delivery';
import { noteIfDrained } from './drain';
import { markDrained, outboxKey, outboxMark } from './outbox';
import { createRecorder, type Moment, type Recorded, type RecorderOptions } from './recorder';
import { absoluteEndpoint, scopeOf } from './scope';

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
