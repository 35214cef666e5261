/**
 * The cards the core shows, through callbacks into it: one floating card (a prompt, or the
 * launcher's) and any number of inline ones, each walking a question or a survey (present.ts).
 */
import type { Askable } from '../config/resolved';
import type { CardOptions } from './card-options';
import { mountDone } from './done';
import type { LocalePack } from './i18n/pack';
import { type Presented, present } from './present';

export type { CardMoment, CardOptions } from './card-options';

/**
 * @example
 * const card = createCard({ doc, config, locale, error, record, onShown, … });
 * await card.show(question, 'stage', pack);
 * const inline = card.render(document.querySelector('#feedback'), survey, pack);
 */
export function createCard(o: CardOptions) {
  let floating: Presented | undefined;
  let engaged = false;
  const inline = new Map<Element, Pick<Presented, 'close' | 'delivered'>>();
  const close = () => floating?.close();
  /** The element an inline card goes in, the card already there gone. */
  const inlineTarget = (target: Element | string): Element => {
    // An invalid selector throws its own SyntaxError, which names it.
    const element = typeof target === 'string' ? o.doc.querySelector(target) : target;
    if (!element?.isConnected) throw new Error(`no element in the page matches ${target}`);
    inline.get(element)?.close();
    return element;
  };

  return {
    /**
     * Shows the floating card for `item` and resolves to the shown event's id; `onGone` hears it
     * go. The launcher's card (`trigger` `'launcher'`) was opened by the customer: it offers no
     * opt-out, and takes focus (its tab steps aside while it is open).
     */
    async show(
      item: Askable,
      trigger: string,
      pack: LocalePack,
      onGone?: () => void,
    ): Promise<string> {
      close();
      engaged = false;
      const p = present(o, {
        item,
        trigger,
        pack,
        onEngage() {
          engaged = true;
        },
        onGone() {
          if (floating === p) floating = undefined;
          onGone?.();
        },
      });
      floating = p;
      return p.shown;
    },
    /**
     * Renders `item` inline at the end of `element`, in the page's flow, replacing the card
     * already there; records "shown" itself (trigger `'inline'`). Throws if it cannot render.
     */
    render(target: Element | string, item: Askable, pack: LocalePack): { unmount(): void } {
      const element = inlineTarget(target);
      const p = present(o, {
        item,
        trigger: 'inline',
        pack,
        into: element,
        onGone() {
          if (inline.get(element) === p) inline.delete(element);
        },
      });
      inline.set(element, p);
      p.shown.catch((e: unknown) =>
        o.error('storage', `could not record a card shown: ${String(e)}`),
      );
      return { unmount: p.close };
    },
    /**
     * Draws `item` inline as done ("You answered this — thank you"): completed on an earlier
     * page. Records nothing. Throws if it cannot render.
     */
    renderDone(target: Element | string, item: Askable, pack: LocalePack): { unmount(): void } {
      const element = inlineTarget(target);
      const d = mountDone(o, item, pack, element, () => {
        if (inline.get(element) === p) inline.delete(element);
      });
      const p = { close: d.close, delivered: () => undefined };
      inline.set(element, p);
      return { unmount: d.close };
    },
    /** Closes the floating card. */
    close,
    /** Unmounts every inline card (`destroy()`). */
    closeInline() {
      for (const p of inline.values()) p.close();
    },
    /** A question is on screen in the floating card (a thank-you note does not count). */
    get isOpen() {
      return !!floating && !floating.thanking;
    },
    /** Whether the customer has touched the floating card on screen. */
    engaged: () => engaged,
    /** The endpoint acknowledged these events: a thank-you may now say "sent". */
    delivered(ids: string[]) {
      floating?.delivered(ids);
      for (const p of inline.values()) p.delivered(ids);
    },
  };
}

export type Card = ReturnType<typeof createCard>;
