/**
 * The act chunk: what shows a card and turns it into events, loaded only when a card is about
 * to show (with the card's own chunk, in parallel). The presenter that decides who gets the
 * screen, `ask`, `render`, the launcher's click and the card's reports to targeting live here,
 * so a page view where nothing is asked carries none of them. The core hands over its state
 * as callbacks; the card's code and languages come through the core's own loaders, so a failed
 * load is retried the same way everywhere.
 */

import type { Askable } from '../config/resolved';
import type { Emitter } from '../contract/events';
import type { ErrorCode } from '../contract/types';
import { type AskResult, askNow } from './ask';
import { createInline } from './inline';
import { createLazyCard, type LazyCardOptions } from './lazy-card';
import { createPresenter } from './presenter';

export { preview } from './preview';

import { cardReports, type Learner } from './reports';

export interface ActDeps {
  /** The card's options but its reports, which go to `targeting` and `emitter`. */
  card: Omit<LazyCardOptions, 'onShown' | 'onAnswer' | 'onDismissed'>;
  targeting: Learner;
  emitter: Emitter;
  items: readonly Askable[];
  /** There is a body to draw in, and the instance is not destroyed. */
  ready(): boolean;
  destroyed(): boolean;
  consented(): boolean;
  /** The config's verdict; an invalid config never shows a card. */
  verified(): Promise<boolean>;
  /** Opens storage and re-reads the opt-out another tab may have written. */
  open(): Promise<{ visitor: { optedOut: boolean } }>;
  isFull(): Promise<boolean>;
  error(code: ErrorCode, message: string): void;
}

/**
 * @example
 * const acts = createActs({
 *   card, items, ready, destroyed, consented, verified, open, isFull, error,
 * });
 * await acts.ask('advocate-nps');
 */
export function createActs(d: ActDeps) {
  const card = createLazyCard({ ...d.card, ...cardReports(d.targeting, d.emitter) });
  const presenter = createPresenter({
    card: () => card,
    ready: d.ready,
    verified: d.verified,
    engaged: () => card.engaged(),
    error: d.error,
  });
  const inline = createInline({
    ...d,
    mount: (target, item) => card.render(target, item),
    mountDone: (target, item) => card.renderDone(target, item),
    completed: (id) => d.open().then(() => d.targeting.completed(id)),
  });
  return {
    present: presenter.present,
    busy: presenter.busy,
    ask: (id: string): Promise<AskResult> =>
      presenter.asking(() =>
        askNow(id, {
          ...d,
          promptOpen: presenter.blocking,
          show: presenter.present,
        }),
      ),
    render: inline.render,
    /**
     * The launcher was clicked: its question or survey, as the customer asked for it. `closed`
     * is called once that card has gone, or at once when it cannot be shown.
     */
    async launch(item: Askable, closed: () => void): Promise<void> {
      if (await d.isFull()) {
        closed();
        return d.error('queue-full', 'the queue is full; not asking until it drains');
      }
      const r = await presenter.present(item, 'launcher', closed);
      if (!r.shown) closed();
    },
    prefetch: card.prefetch,
    /** Every card goes: the floating one and the inline ones. */
    close(): void {
      card.close();
      card.closeInline();
    },
    delivered: card.delivered,
  };
}

export type Acts = ReturnType<typeof createActs>;
