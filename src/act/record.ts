// The card's records go straight to delivery: the act adds where and who they come from, so
// an answer's path never climbs back to the root.
import type { ErrorCode, RecordResult } from '../contract/types';
import type { Moment, Sender } from '../delivery/sender';
import type { CardMoment } from '../ui/card-options';

/** Where the visitor is and who they are, as every event carries it. */
export type Where = Omit<Moment, keyof CardMoment>;

export interface RecordingDeps {
  /** The delivery chunk's sender, loaded and started on first use. */
  send(): Promise<Sender>;
  /** Waits for storage (the visitor's id) and reads the page's state at that moment. */
  where(): Promise<Where>;
  /** Not after `destroy`, nor without consent. */
  mayFlush(): boolean;
  error(code: ErrorCode, message: string): void;
}

export function cardRecording(d: RecordingDeps) {
  return {
    prepare: () => d.send(),
    async record(m: CardMoment): Promise<RecordResult> {
      const [sender, where] = await Promise.all([d.send(), d.where()]);
      const r = await sender.record({ ...m, ...where });
      return { id: r.event.id, stored: r.stored, persisted: r.persisted };
    },
    flush(): void {
      if (d.mayFlush())
        void d
          .send()
          .then((s) => s.delivery.flush())
          .catch((e: unknown) => d.error('render', `could not load delivery: ${String(e)}`));
    },
  };
}
