/**
 * Delivery as the core sees it: nothing until there is something to send, then the delivery
 * chunk, started once on the page's store. A chunk that cannot load rejects, and the next
 * call tries again.
 */

import { once } from '../contract/once';
import type { Sender, SenderOptions } from '../delivery/sender';
import type { CarryBack } from '../storage/open';
import type { KeyValueStore } from '../storage/store';
import { loadDelivery } from './chunks';

export function createLazySender(
  store: () => Promise<KeyValueStore>,
  options: Omit<SenderOptions, 'store' | 'look'>,
) {
  // Once a caller knows records may wait, every start looks, and a running sender looks once.
  let look = false;
  const sender = once(() =>
    Promise.all([store(), loadDelivery()]).then(([s, chunk]) =>
      chunk.startSending({ ...options, store: s, look }),
    ),
  );
  return {
    /**
     * The sender, started on first use. `mayHold`: records from an earlier page may wait (the
     * outbox stamps say so), so delivery looks at the queue at once; a card's own records need
     * no look, since its answer or dismissal flushes them.
     */
    get(mayHold = false): Promise<Sender> {
      if (mayHold && !look) {
        look = true;
        // Whatever `look` throws is caught too: nothing of ours rejects unhandled.
        void sender
          .peek()
          ?.then((s) => s.look())
          .catch(() => undefined);
      }
      return sender.get();
    },
    /** Stops delivery if it was started; the next `get` starts it afresh. */
    stop(): void {
      void sender
        .reset()
        ?.then((s) => s.delivery.stop())
        .catch(() => undefined);
    },
  };
}

/** The carry-back of a localStorage visit, from the delivery chunk (storage/open.ts). */
export const carryBack: CarryBack = (found, from, to) =>
  loadDelivery().then((m) => m.carryBack(found, from, to));
