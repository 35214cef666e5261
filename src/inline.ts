/**
 * `render(target, id)` (DESIGN §3): a question or survey drawn inside a page element, in the
 * page's flow. Customer-initiated, so neither the caps nor an opt-out of prompts keep it out;
 * consent does, an invalid config does, and so does a full queue (an answer must have somewhere
 * to go). Every refusal is an `error` event naming its reason, and the promise says it too.
 */
import type { Askable, ErrorCode } from './contract';

/** Whether `render` drew its card, and if not, why. */
export type RenderResult = { shown: true } | { shown: false; reason: string };

export interface InlineOptions {
  items: readonly Askable[];
  destroyed(): boolean;
  consented(): boolean;
  /** The config's verdict; an invalid config renders nothing. */
  verified(): Promise<boolean>;
  isFull(): Promise<boolean>;
  /** Draws the card in `target` (a selector or an element); rejects naming what is wrong. */
  mount(target: Element | string, item: Askable): Promise<unknown>;
  error(code: ErrorCode, message: string): void;
}

/**
 * @example
 * const inline = createInline({ items, destroyed, consented, verified, isFull, mount, error });
 * await inline.render('#feedback', 'checkout-survey'); // { shown: true }
 */
export function createInline(o: InlineOptions) {
  const refuse = (code: ErrorCode, message: string, reason: string): RenderResult => {
    o.error(code, `render: ${message}`);
    return { shown: false, reason };
  };
  return {
    async render(target: unknown, id: unknown): Promise<RenderResult> {
      if (o.destroyed()) return { shown: false, reason: 'destroyed' };
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
