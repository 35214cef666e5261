/**
 * The visitor's current stage, from the page's `data-stage`, the site's path rules, events and
 * the `stage` command. In a single-page app every history navigation re-reads the path rules;
 * a navigation that matches no rule keeps the stage the visitor is in.
 */
import type { StageRule } from '../config/schema';
import { pagePath } from '../privacy/page';
import { watchHistory } from './history';
import { stageAt, stageForEvent, stageForLocation } from './resolve-stage';

type TrackerWindow = Parameters<typeof watchHistory>[0] & Pick<Window, 'location'>;

export interface StageTrackerOptions {
  stages: readonly StageRule[];
  /** The stage the page declares (`data-stage`); wins over path rules on load. */
  declared?: string;
  /** The page's URL on load (default: the window's). */
  url?: string;
  win?: TrackerWindow;
  /** Called after the stage changed (not for the stage on load). */
  onChange(stage: string, previous: string | undefined): void;
}

export interface StageTracker {
  readonly current: string | undefined;
  /** The page's path as events carry it (no query, no fragment), kept across navigations. */
  readonly page: string;
  /** Moves to `id` (no-op when already there); false for an id that is not a site stage. */
  set(id: string): boolean;
  /** Moves to the stage whose `events` name `name`, if any. */
  event(name: string): void;
  destroy(): void;
}

/**
 * Tracks the current stage and watches history navigation.
 *
 * @example
 * const t = createStageTracker({ stages, win: window, onChange: (s) => console.info(s) });
 * history.pushState(null, '', '/checkout/pay'); // onChange('decide') with a "/checkout/**" rule
 */
export function createStageTracker(o: StageTrackerOptions): StageTracker {
  const href = o.url ?? o.win?.location.href;
  let page = pagePath(href);
  let current = o.declared ?? stageAt(o.stages, href);

  function set(id: string): boolean {
    if (!o.stages.some((s) => s.id === id)) return false;
    if (id === current) return true;
    const previous = current;
    current = id;
    o.onChange(id, previous);
    return true;
  }

  const win = o.win;
  const stop = win
    ? watchHistory(win, () => {
        const loc = win.location;
        page = pagePath(loc.href);
        const s = stageForLocation(o.stages, loc.pathname, loc.hash);
        if (s) set(s);
      })
    : () => undefined;

  return {
    get current() {
      return current;
    },
    get page() {
      return page;
    },
    set,
    event(name) {
      const s = stageForEvent(o.stages, name);
      if (s) set(s);
    },
    destroy: stop,
  };
}
