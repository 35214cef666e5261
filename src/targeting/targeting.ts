/**
 * Targeting as one unit for the composition root: it runs the triggers, remembers the visitor
 * on the device, and when a trigger fires decides which question (if any) to show — every
 * decision by the pure `decide`. Asks, answers and dismissals are read from the emitter, so
 * `ask` counts against the caps like any other prompt.
 */
import type { ResolvedConfig } from '../config/parse';
import type { Emitter, ErrorCode } from '../events';
import type { KeyValueStore } from '../queue/storage';
import { logDecision } from './debug';
import { decide } from './decide';
import { watchEngagement } from './runtime/engagement';
import { createTriggerRuntime, type RuntimeWindow } from './runtime/trigger-runtime';
import { watchTyping } from './runtime/typing';
import type { Fired } from './triggers/fired';
import { triggerLabel } from './triggers/match';
import { OPT_OUT_KEY, type Visitor } from './visitor';
import {
  DAY_MS,
  freshState,
  loadVisitorState,
  recordAnswered,
  recordDismissed,
  recordShown,
  saveVisitorState,
  type VisitorState,
} from './visitor-state';

type Question = ResolvedConfig['questions'][number];

/** What targeting needs once storage is open (after consent, when consent is required). */
export interface TargetingHost {
  store: KeyValueStore;
  visitor: Visitor;
  isFull(): Promise<boolean>;
}

export interface TargetingOptions {
  config: ResolvedConfig;
  emitter: Emitter;
  win?: RuntimeWindow;
  doc?: Document;
  now: () => number;
  newId: () => string;
  stage: () => string | undefined;
  consented: () => boolean;
  /** Opens storage (it calls `attach`); only called once consent allows. */
  open: () => Promise<unknown>;
  promptOpen: () => boolean;
  show: (q: Question, trigger: string) => Promise<unknown>;
  error: (code: ErrorCode, message: string) => void;
  /** The card's own host element, whose fields are not "the customer typing in a form". */
  ownHost?: string;
  out?: Pick<Console, 'info' | 'table'>;
}

export interface Targeting {
  /** Loads the visitor's state from `host.store`; resolves to the session id. */
  attach(host: TargetingHost): Promise<string>;
  /** The session id once attached (30 minutes idle ends it). */
  readonly session: string | undefined;
  /** The stage began (page load or navigation): re-arms triggers and fires `stage`. */
  enterStage(stage: string | undefined): void;
  fire(f: Fired): void;
  /** Whether the customer has touched the card shown last (an explicit `ask` never replaces it). */
  engaged(): boolean;
  destroy(): void;
}

/**
 * Wires triggers, visitor state and decisions.
 *
 * @example
 * const targeting = createTargeting({ config, emitter, win, doc, now, newId, stage: () => s,
 *   consented: () => true, open: start, promptOpen: () => false, show, error });
 * targeting.enterStage('use');
 */
export function createTargeting(o: TargetingOptions): Targeting {
  const { config } = o;
  const limits = config.limits;
  const keepMs =
    Math.max(limits.daysBetweenPrompts, limits.perStage.days, limits.perQuality.days) * DAY_MS;
  let host: TargetingHost | undefined;
  let state: VisitorState | undefined;
  let chain: Promise<void> = Promise.resolve();
  let waiting: Fired | undefined;
  let destroyed = false;

  const fail = (e: unknown) => o.error('storage', `targeting could not use storage: ${String(e)}`);
  const update = (next: (s: VisitorState) => VisitorState) => {
    if (!state || !host) return;
    state = next(state);
    const h = host;
    const s = state;
    chain = chain.then(() => saveVisitorState(h.store, s)).catch(fail);
  };
  const engagement = watchEngagement(o.doc, o.ownHost ?? 'waypoint-prompt');
  const typing = watchTyping(o.doc, {
    ignore: o.ownHost,
    onStop() {
      const f = waiting;
      waiting = undefined;
      if (f) fire(f);
    },
  });
  const runtime = createTriggerRuntime({
    win: o.win,
    doc: o.doc,
    triggers: config.questions.map((q) => q.trigger),
    now: o.now,
    fire: (f) => fire(f),
    onInvalidSelector: (s) => o.error('config', `click trigger selector "${s}" is not valid CSS`),
  });

  async function evaluate(fired: Fired): Promise<void> {
    // The visitor moved on before this entry was evaluated: the newer stage decides.
    if (fired.kind === 'stage' && fired.stage !== o.stage()) return;
    const consented = o.consented();
    if (consented) await o.open();
    if (destroyed) return;
    const now = o.now();
    // Re-read what other tabs may have written since (and keep the session alive).
    if (consented && host) {
      state = await loadVisitorState(host.store, now, o.newId);
      await saveVisitorState(host.store, state);
    }
    const s = state ?? freshState('', now);
    const optedOut =
      !!host && (host.visitor.optedOut || (await host.store.get(OPT_OUT_KEY)) === true);
    const base = {
      fired,
      stage: o.stage(),
      state: s,
      limits,
      now,
      seed: host?.visitor.id ?? s.session.id,
      moment: {
        consented,
        optedOut,
        queueFull: false,
        promptOpen: o.promptOpen(),
        typing: typing.typing(),
      },
    };
    let decision = decide(config.questions, base);
    // Counting the queue reads storage: only when a question would otherwise be shown.
    if (decision.chosen && host && (await host.isFull())) {
      decision = decide(config.questions, { ...base, moment: { ...base.moment, queueFull: true } });
    }
    if (config.debug) logDecision(o.out ?? console, fired, base.stage, decision);
    if (destroyed) return;
    if (decision.chosen) await o.show(decision.chosen, triggerLabel(decision.chosen.trigger));
    else if (decision.verdicts.some((v) => v.reason === 'typing')) waiting = fired;
  }

  function fire(f: Fired): void {
    if (destroyed) return;
    chain = chain.then(() => evaluate(f)).catch(fail);
  }

  const find = (id: string) => config.questions.find((q) => q.id === id);
  const onShown = (e: { questionId: string }) => {
    engagement.reset();
    const q = find(e.questionId);
    const stage = o.stage() ?? 'unknown';
    const at = o.now();
    if (q) update((s) => recordShown(s, { at, question: q.id, quality: q.quality, stage }, keepMs));
  };
  const onAnswer = (e: { questionId: string }) =>
    update((s) => recordAnswered(s, e.questionId, o.now()));
  const onDismissed = (e: { questionId: string }) =>
    update((s) => recordDismissed(s, e.questionId, o.now()));
  o.emitter.on('shown', onShown);
  o.emitter.on('answer', onAnswer);
  o.emitter.on('dismissed', onDismissed);

  return {
    async attach(h) {
      host = h;
      state = await loadVisitorState(h.store, o.now(), o.newId);
      await saveVisitorState(h.store, state);
      return state.session.id;
    },
    get session() {
      return state?.session.id;
    },
    enterStage(stage) {
      waiting = undefined;
      const here = config.questions.filter((q) => stage !== undefined && q.stages.includes(stage));
      runtime.enter(here.map((q) => q.trigger));
      if (stage !== undefined) fire({ kind: 'stage', stage });
    },
    fire,
    engaged: engagement.engaged,
    destroy() {
      destroyed = true;
      waiting = undefined;
      runtime.destroy();
      typing.destroy();
      engagement.destroy();
      o.emitter.off('shown', onShown);
      o.emitter.off('answer', onAnswer);
      o.emitter.off('dismissed', onDismissed);
    },
  };
}
