/**
 * Delivery as the core sees it: nothing until there is something to send, then the delivery
 * chunk, started once on the page's store. A chunk that cannot load rejects, and the next
 * call tries again.
 */
import { loadDelivery } from './lazy/chunks';
import type { KeyValueStore } from './queue/storage';
import type { Sender, SenderOptions } from './record/sender';

export function createLazySender(
  store: () => Promise<KeyValueStore>,
  options: Omit<SenderOptions, 'store'>,
) {
  let sender: Promise<Sender> | undefined;
  return {
    get(): Promise<Sender> {
      sender ??= Promise.all([store(), loadDelivery()]).then(([s, chunk]) =>
        chunk.startSending({ ...options, store: s }),
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
      void running?.then(
        (s) => s.delivery.stop(),
        () => undefined,
      );
    },
  };
}
