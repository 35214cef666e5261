/**
 * Targeting as one unit for the composition root: it runs the triggers, remembers the visitor
 * on the device, and when a trigger fires decides which question (if any) to show — every
 * decision by the pure `decide`. The card tells it what was shown, answered and dismissed by
 * direct calls, so `ask` counts against the caps like any other prompt. Debug mode's table is
 * a lazy chunk.
 */
import type { ResolvedConfig } from '../config/resolved';
import type { Askable, ErrorCode } from '../contract';
import { DAY_MS } from '../contract';
import { loadDebug } from '../lazy/chunks';
import type { KeyValueStore } from '../queue/storage';
import type { AudienceFacts } from './audience';
import { decide } from './decide';
import { eligibility } from './eligibility';
import { lazyTriggerRuntime } from './runtime/lazy-runtime';
import type { RuntimeWindow } from './runtime/trigger-runtime';
import { watchTyping } from './runtime/typing';
import type { Fired } from './triggers/fired';
import { triggerLabel } from './triggers/match';
import { OPT_OUT_KEY, type Visitor } from './visitor';
import {
  freshState,
  isReturning,
  loadVisitorState,
  recordAnswered,
  recordDismissed,
  recordShown,
  saveVisitorState,
  type VisitorState,
} from './visitor-state';

type Item = Askable;

/** Triggers that fire by themselves on this page, without the visitor doing anything of note. */
const SOON: readonly string[] = ['delay', 'scroll', 'exit', 'idle'];

/** What targeting needs once storage is open (after consent, when consent is required). */
export interface TargetingHost {
  store: KeyValueStore;
  visitor: Visitor;
  isFull(): Promise<boolean>;
}

export interface TargetingOptions {
  config: ResolvedConfig;
  win?: RuntimeWindow;
  doc?: Document;
  now: () => number;
  newId: () => string;
  stage: () => string | undefined;
  consented: () => boolean;
  /** Opens storage (it calls `attach`); only called once consent allows. */
  open: () => Promise<unknown>;
  promptOpen: () => boolean;
  show: (item: Item, trigger: string) => Promise<unknown>;
  /**
   * A question could become due on this page soon (its delay, scroll, exit or idle trigger is
   * all that is missing): the card's code may be fetched at idle time.
   */
  soon?: () => void;
  /** The identified traits, the device and the locale, for audiences. */
  who: () => Omit<AudienceFacts, 'returning'>;
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
  /** Consent was withdrawn: nothing more is saved, and the visitor's state is forgotten. */
  detach(): void;
  /** A card for `item` is on screen: counts against the caps and budgets. */
  shown(item: Item): void;
  answered(questionId: string): void;
  dismissed(questionId: string): void;
  destroy(): void;
}

/**
 * Wires triggers, visitor state and decisions.
 *
 * @example
 * const targeting = createTargeting({ config, win, doc, now, newId, stage: () => s,
 *   consented: () => true, open: start, promptOpen: () => false, show, error });
 * targeting.enterStage('use');
 */
export function createTargeting(o: TargetingOptions): Targeting {
  const { config } = o;
  const limits = config.limits;
  // Questions and surveys are targeted alike; a survey counts as its first step's quality.
  const items: Item[] = [...config.questions, ...config.surveys];
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
  const typing = watchTyping(o.doc, {
    ignore: o.ownHost,
    onStop() {
      const f = waiting;
      waiting = undefined;
      if (f) fire(f);
    },
  });
  const runtime = lazyTriggerRuntime({
    win: o.win,
    doc: o.doc,
    triggers: items.map((q) => q.trigger),
    now: o.now,
    fire: (f) => fire(f),
    onInvalidSelector: (s) => o.error('config', `click trigger selector "${s}" is not valid CSS`),
    onLoadError: (e) => o.error('render', `could not load the page triggers: ${String(e)}`),
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
      who: { ...o.who(), returning: isReturning(s) },
      moment: {
        consented,
        optedOut,
        queueFull: false,
        promptOpen: o.promptOpen(),
        typing: typing.typing(),
      },
    };
    let decision = decide(items, base);
    // Counting the queue reads storage: only when a question would otherwise be shown.
    if (decision.chosen && host && (await host.isFull())) {
      decision = decide(items, { ...base, moment: { ...base.moment, queueFull: true } });
    }
    if (config.debug) {
      const d = decision;
      loadDebug().then(
        (m) => m.logDecision(o.out ?? console, fired, base.stage, d),
        (e: unknown) => o.error('render', `could not load the debug table: ${String(e)}`),
      );
    }
    if (destroyed) return;
    if (decision.chosen) await o.show(decision.chosen, triggerLabel(decision.chosen.trigger));
    else if (decision.verdicts.some((v) => v.reason === 'typing')) waiting = fired;
    else if (fired.kind === 'stage' && o.soon && decision.verdicts.some((v) => dueSoon(v, base)))
      o.soon();
  }

  /** Whether only its page trigger keeps `v`'s item back: it would be shown when that fires. */
  function dueSoon(
    v: { question: Item; reason: string },
    base: Omit<Parameters<typeof eligibility>[0], 'question'>,
  ): boolean {
    const t = v.question.trigger;
    if (v.reason !== 'trigger' || !SOON.includes(t.on)) return false;
    return eligibility({ ...base, question: v.question, fired: { kind: t.on, ...t } as Fired })
      .eligible;
  }

  function fire(f: Fired): void {
    if (destroyed) return;
    chain = chain.then(() => evaluate(f)).catch(fail);
  }

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
      const here = items.filter((q) => stage !== undefined && q.stages.includes(stage));
      runtime.enter(here.map((q) => q.trigger));
      if (stage !== undefined) fire({ kind: 'stage', stage });
    },
    fire,
    detach() {
      host = undefined;
      state = undefined;
    },
    shown(q) {
      const stage = o.stage() ?? 'unknown';
      const at = o.now();
      update((s) => recordShown(s, { at, question: q.id, quality: q.quality, stage }, keepMs));
    },
    answered: (id) => update((s) => recordAnswered(s, id, o.now())),
    dismissed: (id) => update((s) => recordDismissed(s, id, o.now())),
    destroy() {
      destroyed = true;
      waiting = undefined;
      runtime.destroy();
      typing.destroy();
    },
  };
}
