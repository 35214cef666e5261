// The card's chunk (`waypoint-ui.<hash>.js`): what shows a card and turns it into events, and
// the card itself, loaded only when a card is about to show. A page view that asks nothing
// carries none of it; the core hands over its state as callbacks and its own loaders, so a
// failed load is retried the same way everywhere.

import type { Askable } from '../config/resolved';
import type { Emitter } from '../contract/events';
import type { JourneyRecorder } from '../journey/recorder';
import type { StageTracker } from '../journey/tracker';
import type { Visitor } from '../targeting/visitor';
import { type AskResult, askNow } from './ask';
import { createInline } from './inline';
import { createLazyCard, type LazyCardOptions } from './lazy-card';
import { createPresenter } from './presenter';
import { cardRecording, type RecordingDeps, type Where } from './record';
import { cardReports, type Learner } from './reports';

// The card rides in the same file: every act draws one, so a card costs one file, not two
// (a fetch, a compile and a link fewer, and about 0.2 KB of brotli).
export { createCard } from '../ui/entry';
export { preview } from './preview';

/** What the act reads of the page's state: the start-up's storage and visitor, the journey. */
export interface ActDeps
  extends Omit<RecordingDeps, 'mayFlush' | 'where'>,
    Pick<
      LazyCardOptions,
      'doc' | 'config' | 'locale' | 'newId' | 'isOffline' | 'loadUi' | 'loadPack'
    > {
  /** Storage once consent allows (root/start-up.ts); `live` is there once it is open. */
  core: {
    start(): Promise<{ visitor: Visitor }>;
    fresh(): Promise<{ visitor: Visitor }>;
    optOut(): Promise<void>;
    live(): { visitor: Visitor } | undefined;
  };
  tracker: Pick<StageTracker, 'current' | 'page'>;
  journey: Pick<JourneyRecorder, 'context'>;
  /** The user `identify` named, as events carry it (none in anonymous mode). */
  who: { user(): Where['user'] };
  /** This visit's session: the stored one once storage is open, else the page's. */
  session(): string;
  targeting: Learner;
  emitter: Emitter;
  items: readonly Askable[];
  /** There is a body to draw in, and the instance is not destroyed. */
  ready(): boolean;
  destroyed(): boolean;
  consented(): boolean;
  /** The config's verdict; an invalid config never shows a card. */
  verified(): Promise<boolean>;
  isFull(): Promise<boolean>;
}

/**
 * @example
 * const acts = createActs({ core, tracker, journey, who, session, send, targeting, … });
 * await acts.ask('advocate-nps');
 */
export function createActs(d: ActDeps) {
  const visitorId = () => d.core.live()?.visitor.id;
  const open = d.core.fresh;
  const where = (): Promise<Where> =>
    d.core.start().then((c) => ({
      stage: d.tracker.current ?? 'unknown',
      page: d.tracker.page,
      session: d.session(),
      visitor: c.visitor.id,
      journey: d.journey.context(),
      user: d.who.user(),
    }));
  const card = createLazyCard({
    ...d,
    sendsVisitorId: () => !!visitorId(),
    sendsUserId: () => !!d.who.user(),
    seed: () => visitorId() ?? d.session(),
    ...cardReports(d.targeting, d.emitter),
    ...cardRecording({ ...d, where, mayFlush: () => !d.destroyed() && d.consented() }),
    onOptOut: () =>
      void d.core
        .optOut()
        .catch((e: unknown) => d.error('storage', `could not save the opt-out: ${String(e)}`)),
  });
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
    completed: (id) => open().then(() => d.targeting.completed(id)),
  });
  return {
    present: presenter.present,
    busy: presenter.busy,
    ask: (id: string): Promise<AskResult> =>
      presenter.asking(() =>
        askNow(id, {
          ...d,
          open,
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
