import type { TriggerKind } from './fired';

/**
 * `{ on: 'exit' }`: met when the visitor looks about to leave. With a mouse: the pointer leaves
 * the page through its top edge (towards the tabs, the address bar or the close button). On
 * touch screens, which have no such pointer, see `touchExit`.
 *
 * @example
 * exit.matches({ on: 'exit' }, { kind: 'exit' }); // true
 */
export const exit: TriggerKind<'exit'> = {
  matches: () => true,
  label: () => 'exit',
};

/**
 * Whether a document `mouseout` is the pointer leaving the window through the top: it left
 * for no element (`relatedTarget` null) at or above the top edge.
 *
 * @example
 * isExitIntent({ clientY: -2, relatedTarget: null }); // true
 */
export function isExitIntent(e: { clientY: number; relatedTarget: EventTarget | null }): boolean {
  return e.relatedTarget === null && e.clientY <= 0;
}

/** Where a touch visitor's scrolling stands: the deepest point, the last position, the run up. */
export interface TouchScroll {
  maxY: number;
  last?: { y: number; t: number };
  /** Where the current upward run started; undefined while not moving up. */
  runFrom?: { y: number; t: number };
}

/** The fallback's thresholds: a third of a screen up in under half a second, after one screen. */
export const TOUCH_EXIT = { distance: 1 / 3, withinMs: 500, afterScreens: 1 };

/**
 * The touch fallback for exit intent, as a pure step over scroll positions (`t` is the scroll
 * event's time stamp): having scrolled at least one screen down, the visitor flicks back up
 * fast — a third of a screen in under half a second, the gesture that brings back the
 * browser's address bar and tabs.
 *
 * @example
 * let s: TouchScroll = { maxY: 0 };
 * s = touchExit(s, { y: 2000, t: 0, viewport: 800 }).state;
 * touchExit(s, { y: 1700, t: 200, viewport: 800 }).exit; // true
 */
export function touchExit(
  s: TouchScroll,
  at: { y: number; t: number; viewport: number },
): { state: TouchScroll; exit: boolean } {
  const maxY = Math.max(s.maxY, at.y);
  const here = { y: at.y, t: at.t };
  if (!s.last || at.y >= s.last.y) return { state: { maxY, last: here }, exit: false };
  // Moving up: a run older than the window restarts from the previous position.
  const from = s.runFrom && at.t - s.runFrom.t <= TOUCH_EXIT.withinMs ? s.runFrom : s.last;
  const exit =
    maxY >= at.viewport * TOUCH_EXIT.afterScreens &&
    from.y - at.y >= at.viewport * TOUCH_EXIT.distance &&
    at.t - from.t <= TOUCH_EXIT.withinMs;
  return { state: { maxY, last: here, runFrom: from }, exit };
}
