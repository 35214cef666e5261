// Targeting for the composition root: the core part keeps the visitor's state (session, what
// was shown, answered, dismissed) and loads the engine chunk only when a question could ask
// itself on this stage and nothing holds every prompt back, or in debug mode.
import type { Askable } from '../config/resolved';
import { once } from '../contract/once';
import { DAY_MS } from '../contract/types';
import { asksItself } from './asks-itself';
import type * as EngineChunk from './engine/engine';
import type { Engine } from './engine/engine';
import type { Fired } from './engine/triggers/fired';
import type { TargetingHost, TargetingOptions } from './options';
import {
  isCompleted,
  loadedState,
  recordAnswered,
  recordDismissed,
  recordShown,
  STATE_KEY,
  saveVisitorState,
  type VisitorState,
} from './visitor-state';

export type { TargetingHost, TargetingOptions } from './options';

export interface Targeting {
  /**
   * Loads the visitor's state from `host.store`: the session, and whether this device held
   * targeting state before this page (a device that did may have queued records).
   */
  attach(host: TargetingHost): Promise<{ session: string; seenBefore: boolean }>;
  /** The session id once attached (30 minutes idle ends it). */
  readonly session: string | undefined;
  /** The stage began (page load or navigation): re-arms triggers and fires `stage`. */
  enterStage(stage: string | undefined): void;
  fire(f: Fired): void;
  /** Consent was withdrawn: nothing more is saved, and the visitor's state is forgotten. */
  detach(): void;
  /** A card for `item` is on screen: counts against the caps and budgets. */
  shown(item: Askable): void;
  /** `complete`: answered to the end (a survey's last step); true when not said. */
  answered(questionId: string, complete?: boolean): void;
  /**
   * Whether `id` was answered to the end on this device, re-read from storage (another tab may
   * have written it); false before consent, when nothing is kept.
   */
  completed(id: string): Promise<boolean>;
  dismissed(questionId: string): void;
  destroy(): void;
}

/**
 * Keeps the visitor state and starts the engine when something could be due (`load`: the
 * root's loader of the engine chunk; tests pass the module itself).
 *
 * @example
 * const targeting = createTargeting({ config, win, doc, now, newId, stage: () => s,
 *   consented: () => true, open: start, promptOpen: () => false, show, error });
 * targeting.enterStage('use');
 */
export function createTargeting(
  o: TargetingOptions,
  load: () => Promise<typeof EngineChunk>,
): Targeting {
  const { config } = o;
  const limits = config.limits;
  // Questions and surveys are targeted alike; a survey counts as its first step's quality.
  const items: Askable[] = [...config.questions, ...config.surveys];
  const keepMs =
    Math.max(limits.daysBetweenPrompts, limits.perStage.days, limits.perQuality.days) * DAY_MS;
  let host: TargetingHost | undefined;
  let state: VisitorState | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const engine = once(() =>
    load().then(
      (m) => {
        const e = m.createEngine({ ...o, refresh, host: () => host });
        if (destroyed) e.destroy();
        return e;
      },
      (e: unknown) => {
        o.error('render', `could not load targeting: ${String(e)}`);
        throw e;
      },
    ),
  );
  let destroyed = false;

  const fail = (e: unknown) => o.error('storage', `targeting could not use storage: ${String(e)}`);
  // This page's changes not yet saved: re-applied to the state as re-read from storage, so
  // neither a re-read under way nor another page's write since drops them (a completion).
  let unsaved: Array<(s: VisitorState) => VisitorState> = [];
  /**
   * Re-reads what other pages may have written, applies this page's changes, and saves, in one
   * transaction: two tabs writing at once each see the other's change (and it is one IndexedDB
   * transaction, not two). The store may run the decision again (on the next backend, when one
   * fails): each run applies every change not yet saved, and only a saved write forgets them.
   */
  const sync = (h: TargetingHost): Promise<VisitorState | undefined> => {
    let applied = 0;
    return h.store
      .transact(STATE_KEY, (entries) => {
        applied = 0;
        // Consent was withdrawn meanwhile: nothing is kept.
        if (host !== h) return { changes: {}, result: state };
        applied = unsaved.length;
        state = unsaved.reduce(
          (s, next) => next(s),
          loadedState(entries.find(([k]) => k === STATE_KEY)?.[1], o.now(), o.newId),
        );
        return { changes: { put: [[STATE_KEY, state]] }, result: state };
      })
      .then((s) => {
        // What came since waits for the next write (a detach meanwhile forgot them all).
        if (host === h) unsaved = unsaved.slice(applied);
        return s;
      });
  };
  const update = (next: (s: VisitorState) => VisitorState) => {
    if (!state || !host) return;
    state = next(state);
    unsaved.push(next);
    const h = host;
    chain = chain.then(() => sync(h)).catch(fail);
  };
  /** Re-reads what other tabs may have written since, and keeps the session alive. */
  const refresh = (): Promise<VisitorState | undefined> => {
    const read = chain.then(() => (host ? sync(host) : state));
    chain = read.catch(fail);
    return read;
  };
  const start = (): Promise<Engine> => engine.get();
  const run = (fn: (e: Engine) => void) =>
    start().then(
      (e) => destroyed || fn(e),
      () => undefined,
    );
  /**
   * The limits every prompt obeys hold one back now: the visitor opted out, the session had its
   * prompts, or the last prompt is too recent. The engine would decide the same, so it is not
   * loaded for that (what it decides besides is per question).
   */
  const heldBack = (): boolean => {
    const s = state;
    if (!s) return false;
    const since = o.now() - (s.lastPromptAt ?? Number.NEGATIVE_INFINITY);
    return (
      !!host?.visitor.optedOut ||
      s.session.prompts >= limits.promptsPerSession ||
      (limits.daysBetweenPrompts > 0 && since < limits.daysBetweenPrompts * DAY_MS)
    );
  };
  /**
   * Runs `fn` on the engine: at once when it runs already (or in debug mode, whose table shows
   * every decision); when `wanted`, once storage is open and only if nothing holds every prompt
   * back; else not at all, and `idle` runs instead.
   */
  const withEngine = (wanted: boolean, fn: (e: Engine) => void, idle: () => void) => {
    if (destroyed) return;
    if (engine.peek() || config.debug) return void run(fn);
    if (!wanted || !o.consented()) return idle();
    o.open().then(
      () => {
        if (destroyed) return;
        if (engine.peek() || !heldBack()) run(fn);
        else idle();
      },
      () => undefined,
    );
  };
  // Without the engine, a navigation still keeps the session alive.
  const keepAlive = () => {
    if (host) void refresh();
  };

  return {
    async attach(h) {
      host = h;
      // Read at once (not behind `chain`), so it shares the start-up's one read.
      const stored = await h.store.get(STATE_KEY);
      state = loadedState(stored, o.now(), o.newId);
      const s = state;
      chain = chain.then(() => saveVisitorState(h.store, s)).catch(fail);
      await chain;
      return { session: s.session.id, seenBefore: stored !== undefined };
    },
    get session() {
      return state?.session.id;
    },
    enterStage(stage) {
      const wanted = items.some((q) => asksItself(q, stage));
      withEngine(wanted, (e) => e.enterStage(stage), keepAlive);
    },
    fire(f) {
      const wanted = items.some(
        (q) =>
          asksItself(q, o.stage()) &&
          q.trigger.on === 'event' &&
          f.kind === 'event' &&
          q.trigger.event === f.name,
      );
      withEngine(
        wanted,
        (e) => e.fire(f),
        () => undefined,
      );
    },
    detach() {
      host = undefined;
      state = undefined;
      unsaved = [];
    },
    shown(q) {
      const stage = o.stage() ?? 'unknown';
      const at = o.now();
      update((s) => recordShown(s, { at, question: q.id, quality: q.quality, stage }, keepMs));
    },
    answered: (id, complete) => update((s) => recordAnswered(s, id, o.now(), complete)),
    // Unreadable storage is reported by `refresh`; the card is then asked as new.
    completed: (id) =>
      refresh().then(
        (s) => !!s && isCompleted(s, id),
        () => false,
      ),
    dismissed: (id) => update((s) => recordDismissed(s, id, o.now())),
    destroy() {
      destroyed = true;
      void engine.peek()?.then(
        (e) => e.destroy(),
        () => undefined,
      );
    },
  };
}
