/**
 * The decider, a lazy chunk: it runs the page's triggers and, when one fires, decides by the pure
 * `decide` what to show. The core loads it only when the config could ask something by itself.
 */
import type { Askable } from '../../config/resolved';
import type { TargetingHost, TargetingOptions } from '../options';
import { OPT_OUT_KEY } from '../visitor';
import { freshState, isReturning, type VisitorState } from '../visitor-state';
import { decide } from './decide';
import { eligibility } from './eligibility';
import { lazyTriggerRuntime } from './listeners/lazy-runtime';
import { watchTyping } from './listeners/typing';
import type { Fired } from './triggers/fired';
import { triggerLabel } from './triggers/match';

/** Triggers that fire by themselves on this page, without the visitor doing anything of note. */
const SOON: readonly string[] = ['delay', 'scroll', 'exit', 'idle'];

/** What the core lends the engine: the visitor's state, kept by the core. */
export interface EngineOptions extends Omit<TargetingOptions, 'loadEngine'> {
  /** Re-reads the state other tabs may have written, keeps the session alive, saves it. */
  refresh(): Promise<VisitorState | undefined>;
  host(): TargetingHost | undefined;
}

// Only this chunk loads them, so what they share with it stays in it (the script tag's chunks
// are ES modules: these resolve next to this file, and inherit the tag's nonce).
const loadTriggers = () => import('./listeners/trigger-runtime');
const loadDebug = () => import('./debug');

export interface Engine {
  enterStage(stage: string | undefined): void;
  fire(f: Fired): void;
  destroy(): void;
}

/**
 * @example
 * const engine = createEngine({ ...targetingOptions, refresh, host, loadTriggers, loadDebug });
 * engine.enterStage('use');
 */
export function createEngine(o: EngineOptions): Engine {
  const { config } = o;
  const items: Askable[] = [...config.questions, ...config.surveys];
  let chain: Promise<void> = Promise.resolve();
  let waiting: Fired | undefined;
  let destroyed = false;

  const fail = (e: unknown) => o.error('storage', `targeting could not use storage: ${String(e)}`);
  // A trigger that fires while the visitor types waits until they pause.
  const typing = watchTyping(o.doc, {
    ignore: o.ownHost,
    onStop() {
      const f = waiting;
      waiting = undefined;
      if (f) fire(f);
    },
  });
  // The listeners for delay, scroll, exit, click and idle are a further chunk.
  const runtime = lazyTriggerRuntime({
    win: o.win,
    doc: o.doc,
    triggers: items.map((q) => q.trigger),
    now: o.now,
    fire: (f) => fire(f),
    load: loadTriggers,
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
    const host = o.host();
    const s = (consented && (await o.refresh())) || freshState('', now);
    const optedOut =
      !!host && (host.visitor.optedOut || (await host.store.get(OPT_OUT_KEY)) === true);
    const base = {
      fired,
      stage: o.stage(),
      state: s,
      limits: config.limits,
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
    if (decision.chosen) {
      // Counting the queue reads storage: only when a question would otherwise be shown. The
      // state is read again too, with the moment: what the reads took, a card may have been
      // shown and answered meanwhile (an `ask`), which the caps must count.
      const queueFull = !!host && (await host.isFull());
      const latest = (consented && (await o.refresh())) || s;
      const moment = { ...base.moment, queueFull, promptOpen: o.promptOpen() };
      decision = decide(items, { ...base, state: latest, moment });
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
    v: { question: Askable; reason: string },
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
    enterStage(stage) {
      waiting = undefined;
      const here = items.filter((q) => stage !== undefined && q.stages.includes(stage));
      runtime.enter(here.map((q) => q.trigger));
      if (stage !== undefined) fire({ kind: 'stage', stage });
    },
    fire,
    destroy() {
      destroyed = true;
      waiting = undefined;
      runtime.destroy();
      typing.destroy();
    },
  };
}
