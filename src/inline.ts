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
  doc: Document | undefined;
  items: readonly Askable[];
  destroyed(): boolean;
  consented(): boolean;
  /** The config's verdict; an invalid config renders nothing. */
  verified(): Promise<boolean>;
  isFull(): Promise<boolean>;
  mount(element: Element, item: Askable): Promise<{ unmount(): void }>;
  error(code: ErrorCode, message: string): void;
}

function element(doc: Document | undefined, target: unknown): Element | string {
  if (typeof target === 'string') {
    try {
      return doc?.querySelector(target) ?? `no element matches "${target}"`;
    } catch {
      return `"${target}" is not a valid CSS selector`;
    }
  }
  const node = target as Element | null;
  return node?.nodeType === 1 && node.isConnected
    ? node
    : 'the target must be a CSS selector or an element in the page';
}

/**
 * @example
 * const inline = createInline({ doc, items, destroyed, consented, verified, isFull, mount, error });
 * await inline.render('#feedback', 'checkout-survey'); // { shown: true }
 */
export function createInline(o: InlineOptions) {
  const mounted = new Set<{ unmount(): void }>();
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
      const el = element(o.doc, target);
      if (typeof el === 'string') return refuse('config', el, 'target');
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
        mounted.add(await o.mount(el, item));
        return { shown: true };
      } catch (e) {
        return refuse('render', `could not render "${item.id}": ${String(e)}`, 'render');
      }
    },
    /** Unmounts every inline card (consent withdrawn, `destroy()`). */
    closeAll(): void {
      for (const m of mounted) m.unmount();
      mounted.clear();
    },
  };
}
