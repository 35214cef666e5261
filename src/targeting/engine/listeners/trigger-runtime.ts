/**
 * Turns the page into `Fired` values: one delegated click listener, passive scroll and
 * `mouseout` listeners, a timer per delay, the idle timer — installed only for the trigger
 * kinds the config uses, re-armed on every stage, all removed by `destroy()`. No polling.
 */
import type { Trigger } from '../../../config/schema';
import { clickedSelectors } from '../triggers/click';
import { isExitIntent, type TouchScroll, touchExit } from '../triggers/exit';
import type { Fired } from '../triggers/fired';
import { scrollDepth } from '../triggers/scroll';
import { createIdleTimer, type IdleTimer } from './idle-timer';

export type RuntimeWindow = Pick<
  Window,
  'addEventListener' | 'removeEventListener' | 'scrollY' | 'innerHeight'
> & { matchMedia?: Window['matchMedia'] };

export interface TriggerRuntimeOptions {
  win?: RuntimeWindow;
  doc?: Document;
  /** Every trigger of every question: listeners are installed for the kinds in use only. */
  triggers: readonly Trigger[];
  now: () => number;
  fire(f: Fired): void;
  /** A click selector the browser cannot parse (reported once each). */
  onInvalidSelector(selector: string): void;
}

export interface TriggerRuntime {
  /** A stage began with these triggers: delays restart, scroll depths and exit re-arm. */
  enter(triggers: readonly Trigger[]): void;
  destroy(): void;
}

const of = <K extends Trigger['on']>(ts: readonly Trigger[], on: K) =>
  ts.filter((t): t is Extract<Trigger, { on: K }> => t.on === on);

/**
 * Installs the listeners the configured triggers need.
 *
 * @example
 * const rt = createTriggerRuntime({ win: window, doc: document, triggers, now: Date.now,
 *   fire: (f) => targeting.fire(f), onInvalidSelector: (s) => report(s) });
 * rt.enter(triggersOfTheCurrentStage);
 */
export function createTriggerRuntime(o: TriggerRuntimeOptions): TriggerRuntime {
  const { win, doc } = o;
  const cleanups: Array<() => void> = [];
  let active: readonly Trigger[] = [];
  let delays: Array<ReturnType<typeof setTimeout>> = [];
  let scrolledTo = 0;
  let exitFired = false;
  let touch: TouchScroll = { maxY: 0 };
  const held: Fired[] = [];
  const reported = new Set<string>();
  let idle: IdleTimer | undefined;

  const listen = (
    target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
    type: string,
    fn: (e: Event) => void,
    capture = false,
  ) => {
    target.addEventListener(type, fn, { capture, passive: true });
    cleanups.push(() => target.removeEventListener(type, fn, { capture }));
  };
  // A timer that ends while the page is hidden waits until the visitor is back.
  const fireVisible = (f: Fired) => (doc?.visibilityState === 'hidden' ? held.push(f) : o.fire(f));
  const fireExit = () => {
    if (exitFired || of(active, 'exit').length === 0) return;
    exitFired = true;
    o.fire({ kind: 'exit' });
  };
  const isTouch = win?.matchMedia?.('(hover: none)').matches === true;
  const uses = (on: Trigger['on']) => o.triggers.some((t) => t.on === on);

  if (win && doc) {
    if (uses('click')) {
      listen(
        doc,
        'click',
        (e) => {
          const selectors = of(active, 'click').map((t) => t.selector);
          const { hits, invalid } = clickedSelectors(e.target, selectors);
          for (const s of invalid) if (!reported.has(s) && reported.add(s)) o.onInvalidSelector(s);
          for (const selector of hits) o.fire({ kind: 'click', selector });
        },
        true,
      );
    }
    if (uses('scroll') || (uses('exit') && isTouch)) {
      listen(win, 'scroll', (e) => {
        const exitActive = isTouch && !exitFired && of(active, 'exit').length > 0;
        const depths = of(active, 'scroll').filter((t) => t.percent > scrolledTo);
        if (!exitActive && depths.length === 0) return; // nothing left to watch in this stage
        const y = win.scrollY;
        const viewport = win.innerHeight;
        if (exitActive) {
          const step = touchExit(touch, { y, t: e.timeStamp, viewport });
          touch = step.state;
          if (step.exit) fireExit();
        }
        if (depths.length === 0) return;
        const height = doc.documentElement.scrollHeight;
        const depth = scrollDepth({ scrollY: y, viewport, height });
        scrolledTo = Math.max(scrolledTo, depth);
        if (depths.some((t) => t.percent <= depth)) o.fire({ kind: 'scroll', percent: depth });
      });
    }
    if (uses('exit') && !isTouch) {
      listen(doc, 'mouseout', (e) => {
        if (isExitIntent(e as MouseEvent)) fireExit();
      });
    }
    if (uses('idle')) {
      idle = createIdleTimer(doc, win, o.now, o.fire);
      cleanups.push(() => idle?.destroy());
    }
    listen(doc, 'visibilitychange', () => {
      if (doc.visibilityState === 'visible') for (const f of held.splice(0)) o.fire(f);
    });
  }

  function clearDelays(): void {
    for (const t of delays) clearTimeout(t);
    delays = [];
    held.length = 0;
  }

  return {
    enter(triggers) {
      active = triggers;
      clearDelays();
      scrolledTo = 0;
      exitFired = false;
      for (const seconds of new Set(of(triggers, 'delay').map((t) => t.seconds))) {
        delays.push(setTimeout(() => fireVisible({ kind: 'delay', seconds }), seconds * 1000));
      }
      idle?.arm(of(triggers, 'idle').map((t) => t.seconds));
    },
    destroy() {
      clearDelays();
      for (const c of cleanups.splice(0)) c();
    },
  };
}
