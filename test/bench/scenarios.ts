// The page-load scenarios run side by side in every round, each a page in test/bench/pages/.

export type ScenarioId = 'blank' | 'idle' | 'prompt' | 'sentry' | 'posthog';

export interface Scenario {
  id: ScenarioId;
  label: string;
  /** Path of the fixture page on the bench server. */
  page: string;
  /** Which responses are the widget's code, by URL path (their bytes and script time count). */
  isWidget(path: string): boolean;
  /** What "loaded" means before the settle window: the load event, or the widget visible. */
  waitFor: 'load' | 'visible';
  /**
   * A page visited first in the same profile, unmeasured: the measured load is then a device's
   * next page view (its config already checked once, by the validator chunk).
   */
  warmup?: string;
}

/**
 * Widget code is every script under `/waypoint…` (`.js`/`.mjs`): the core, and whatever
 * lazy chunks (`waypoint-ui.<hash>.js`, a locale, delivery…) the build splits off.
 */
export const isWaypointCode = (path: string): boolean =>
  path.startsWith('/waypoint') && /\.m?js$/.test(path);

/** A request for the UI chunk: what a page with nothing due must never make. */
export const isWaypointUi = (path: string): boolean =>
  isWaypointCode(path) && path.startsWith('/waypoint-ui');

export const SCENARIOS: readonly Scenario[] = [
  // Every measured load is a profile's second page view, so "over blank" compares like with like.
  {
    id: 'blank',
    label: 'blank page',
    page: '/blank.html',
    isWidget: () => false,
    waitFor: 'load',
    warmup: '/blank.html',
  },
  {
    id: 'idle',
    label: 'Waypoint, page view with no prompt due (a device on its second page)',
    page: '/idle.html',
    isWidget: isWaypointCode,
    waitFor: 'load',
    warmup: '/idle.html',
  },
  {
    id: 'prompt',
    label: 'Waypoint, rating prompt asked at load (a device on its second page)',
    page: '/prompt.html',
    isWidget: isWaypointCode,
    waitFor: 'visible',
    // The same config on a page with nothing due first: a device's first prompt, not its first visit.
    warmup: '/idle.html',
  },
  {
    id: 'sentry',
    label: 'Sentry feedback (launcher button only)',
    page: '/sentry.html',
    isWidget: (p) => p.startsWith('/peers/sentry/'),
    waitFor: 'visible',
    warmup: '/blank.html',
  },
  {
    id: 'posthog',
    label: 'PostHog surveys (one popover survey)',
    page: '/posthog.html',
    // array.js and its lazy surveys.js come from /static/, its remote config script from /array/.
    isWidget: (p) => p.startsWith('/static/') || p.startsWith('/array/'),
    waitFor: 'visible',
    warmup: '/blank.html',
  },
];

/** Round `r`'s order: the list rotated by `r`, so no scenario always runs first or last. */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
