/**
 * Delivery as the core sees it: nothing until there is something to send, then the delivery
 * chunk, started once on the page's store. A chunk that cannot load rejects, and the next
 * call tries again.
 */

import type { Sender, SenderOptions } from '../delivery/sender';
import type { CarryBack } from '../storage/open';
import type { KeyValueStore } from '../storage/store';
import { loadDelivery } from './chunks';

export function createLazySender(
  store: () => Promise<KeyValueStore>,
  options: Omit<SenderOptions, 'store' | 'look'>,
) {
  let sender: Promise<Sender> | undefined;
  // Once a caller knows records may wait, every start looks, and a running sender looks once.
  let look = false;
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
        void sender?.then((s) => s.look()).catch(() => undefined);
      }
      sender ??= Promise.all([store(), loadDelivery()]).then(([s, chunk]) =>
        chunk.startSending({ ...options, store: s, look }),
      );
      sender.catch(() => {
        sender = undefined;
      });
      return sender;
    },
    /** Stops delivery if it was started; the next `get` starts it afresh. */
    stop(): void {
      const running = sender;
      sender = undefined;
      void running?.then((s) => s.delivery.stop()).catch(() => undefined);
    },
  };
}

/** The carry-back of a localStorage visit, from the delivery chunk (storage/open.ts). */
export const carryBack: CarryBack = (found, from, to) =>
  loadDelivery().then((m) => m.carryBack(found, from, to));
