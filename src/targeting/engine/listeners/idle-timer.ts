/**
 * The idle trigger without polling: input only records when it happened; one timer, armed for
 * the next threshold, checks on waking whether the visitor really was idle that long and
 * re-arms for the remainder when not. A hidden page is not idle: coming back counts as input.
 */
import type { Fired } from '../triggers/fired';

const INPUT = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface IdleTimer {
  /** The idle thresholds (seconds) of the current stage; restarts the count. */
  arm(seconds: readonly number[]): void;
  destroy(): void;
}

/**
 * Fires `{ kind: 'idle', seconds }` once per idle spell for each threshold reached.
 *
 * @example
 * const idle = createIdleTimer(document, window, Date.now, fire);
 * idle.arm([30]); // fire({ kind: 'idle', seconds: 30 }) after 30 s without input
 */
export function createIdleTimer(
  doc: Document,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  now: () => number,
  fire: (f: Fired) => void,
): IdleTimer {
  let thresholds: number[] = [];
  let lastInput = now();
  let fired = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const next = () => thresholds.find((s) => !fired.has(s));

  function schedule(): void {
    const s = next();
    if (timer !== undefined || s === undefined) return;
    timer = setTimeout(wake, Math.max(0, lastInput + s * 1000 - now()));
  }

  function wake(): void {
    timer = undefined;
    const s = next();
    if (s === undefined) return;
    if (doc.visibilityState !== 'hidden' && now() - lastInput >= s * 1000) {
      fired.add(s);
      fire({ kind: 'idle', seconds: s });
    }
    schedule();
  }

  const onInput = () => {
    lastInput = now();
    if (fired.size) fired = new Set();
    schedule();
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') onInput();
  };
  const options = { capture: true, passive: true };
  for (const type of INPUT) doc.addEventListener(type, onInput, options);
  win.addEventListener('scroll', onInput, options);
  doc.addEventListener('visibilitychange', onVisibility);

  return {
    arm(seconds) {
      thresholds = [...new Set(seconds)].sort((a, b) => a - b);
      clearTimeout(timer);
      timer = undefined;
      onInput();
    },
    destroy() {
      clearTimeout(timer);
      for (const type of INPUT) doc.removeEventListener(type, onInput, options);
      win.removeEventListener('scroll', onInput, options);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
