// `render(target, id)` (DESIGN §3): a question or survey drawn inside a page element. The
// customer opened it, so caps and a prompt opt-out do not hold it back; consent, an invalid
// config and a full queue do, each refusal an `error` naming its reason.
import type { Askable } from '../config/resolved';
import type { ErrorCode } from '../contract/types';

/**
 * Whether `render` drew its card, and if not, why. `answered: true`: the visitor had completed
 * it on this device, so it was drawn as done; `reason: 'answered'`: the same, with
 * `answered: 'hide'`.
 */
export type RenderResult = { shown: true; answered?: true } | { shown: false; reason: string };

/** What `render` does with a question or survey the visitor already completed on this device. */
export interface RenderOptions {
  /**
   * `'thanks'` (the default) draws it as done, "You answered this — thank you"; `'hide'` draws
   * nothing. Either way it is never asked again as if new, and no "shown" event is recorded.
   */
  answered?: 'thanks' | 'hide';
}

export interface InlineOptions {
  items: readonly Askable[];
  destroyed(): boolean;
  consented(): boolean;
  /** The config's verdict; an invalid config renders nothing. */
  verified(): Promise<boolean>;
  isFull(): Promise<boolean>;
  /** Draws the card in `target` (a selector or an element); rejects naming what is wrong. */
  mount(target: Element | string, item: Askable): Promise<unknown>;
  /** Whether the visitor completed `id` on this device (read after consent). */
  completed(id: string): Promise<boolean>;
  /** Draws `item` in `target` as done; records nothing. */
  mountDone(target: Element | string, item: Askable): Promise<unknown>;
  error(code: ErrorCode, message: string): void;
}

/**
 * @example
 * const inline = createInline({ items, destroyed, consented, verified, isFull, mount, error });
 * await inline.render('#feedback', 'checkout-survey'); // { shown: true }
 * await inline.render('#feedback', 'checkout-survey', { answered: 'hide' });
 */
export function createInline(o: InlineOptions) {
  const refuse = (code: ErrorCode, message: string, reason: string): RenderResult => {
    o.error(code, `render: ${message}`);
    return { shown: false, reason };
  };
  return {
    async render(target: unknown, id: unknown, options?: RenderOptions): Promise<RenderResult> {
      if (o.destroyed()) return { shown: false, reason: 'destroyed' };
      const answered = options?.answered ?? 'thanks';
      if (answered !== 'thanks' && answered !== 'hide')
        return refuse(
          'config',
          `the option "answered" must be "thanks" or "hide", not ${JSON.stringify(answered)}`,
          'config',
        );
      const item = o.items.find((x) => x.id === id);
      if (!item) {
        const known = o.items.map((x) => x.id).join(', ');
        return refuse(
          'unknown-question',
          `no question or survey "${String(id)}" (known: ${known})`,
          'unknown-question',
        );
      }
      if (!o.consented())
        return refuse(
          'consent',
          `not rendering "${item.id}": consent has not been given`,
          'consent',
        );
      if (!(await o.verified())) return { shown: false, reason: 'config' };
      // Completed before: never asked again as if new, and nothing to send, so no queue check.
      if (await o.completed(item.id)) {
        if (answered === 'hide' || o.destroyed()) return { shown: false, reason: 'answered' };
        try {
          await o.mountDone(target as Element | string, item);
          return { shown: true, answered: true };
        } catch (e) {
          return refuse('render', `could not render "${item.id}": ${String(e)}`, 'render');
        }
      }
      if (await o.isFull())
        return refuse(
          'queue-full',
          'the queue is full; not rendering until it drains',
          'queue-full',
        );
      if (o.destroyed()) return { shown: false, reason: 'destroyed' };
      try {
        await o.mount(target as Element | string, item);
        return { shown: true };
      } catch (e) {
        return refuse('render', `could not render "${item.id}": ${String(e)}`, 'render');
      }
    },
  };
}
