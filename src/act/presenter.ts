/**
 * Who gets the one card on screen. Targeting shows a card only when none is open and no
 * explicit `ask` is under way; an explicit `ask` replaces an automatic card the customer has
 * not touched, but never a card they are using or one another `ask` showed.
 */
import type { Askable } from '../config/resolved';
import type { ErrorCode } from '../contract/types';
import type { AskResult } from './ask';

type Question = Askable;

export interface Card {
  readonly isOpen: boolean;
  /**
   * Mounts the card and records it shown; resolves to the shown event's id. `onGone` hears
   * the card go (closed, dismissed, thanked, or replaced).
   */
  show(q: Question, trigger: string, onGone?: () => void): Promise<string>;
  close(): void;
}

export interface Presenter {
  /**
   * Shows `q`; `trigger` is `manual` for `ask`, `launcher` for the launcher tab. `onGone` hears
   * the card go, once it was shown.
   */
  present(q: Question, trigger: string, onGone?: () => void): Promise<AskResult>;
  /** A card is open that an explicit `ask` must not replace. */
  blocking(): boolean;
  /** A card is open or an `ask` is under way: targeting waits. */
  busy(): boolean;
  /** Runs an explicit `ask`, holding targeting back until it settles. */
  asking<T>(run: () => Promise<T>): Promise<T>;
}

/**
 * @example
 * const presenter = createPresenter({ card: () => prompter, ready: () => !!document.body,
 *   verified: async () => true, engaged: () => prompter.engaged(), error });
 * await presenter.present(question, 'stage');
 */
export function createPresenter(o: {
  card: () => Card;
  ready: () => boolean;
  /** The config's verdict; an invalid config never shows a prompt. */
  verified: () => Promise<boolean>;
  engaged: () => boolean;
  error: (code: ErrorCode, message: string) => void;
}): Presenter {
  let automatic = false; // the open card was shown by targeting, not by `ask` or the launcher
  let asks = 0;
  let loading = false; // a card's code is loading: it will be on screen in a moment
  const blocking = () => o.card().isOpen && (!automatic || o.engaged());
  return {
    async present(q, trigger, onGone) {
      const card = o.card();
      if (!o.ready()) return { shown: false, reason: 'no document' };
      if (!(await o.verified())) return { shown: false, reason: 'config' };
      if (!o.ready()) return { shown: false, reason: 'no document' };
      // The customer asked (`ask`, the launcher): it may replace a card they have not touched.
      const explicit = trigger === 'manual' || trigger === 'launcher';
      if (loading || (card.isOpen && (!explicit || blocking())))
        return { shown: false, reason: 'a prompt is already open' };
      card.close();
      automatic = !explicit;
      loading = true;
      try {
        return { shown: true, eventId: await card.show(q, trigger, onGone) };
      } catch (e) {
        card.close();
        o.error('render', `could not show "${q.id}": ${String(e)}`);
        return { shown: false, reason: 'render' };
      } finally {
        loading = false;
      }
    },
    blocking,
    busy: () => o.card().isOpen || asks > 0 || loading,
    async asking(run) {
      asks++;
      try {
        return await run();
      } finally {
        asks--;
      }
    },
  };
}
