// The page-load scenarios run side by side in every round, each a page in test/bench/pages/,
// each on a device's first page view (a fresh profile) and on a repeat view (the same profile,
// its second page).

export type ScenarioId = 'blank' | 'idle' | 'held' | 'prompt' | 'floor' | 'sentry' | 'posthog';
/** `first`: a fresh profile, empty storage and cache. `repeat`: the profile's second page view. */
export type View = 'first' | 'repeat';
export const VIEWS: readonly View[] = ['first', 'repeat'];

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
   * The page visited first in the same profile, unmeasured, on a repeat view: the measured
   * load is then a device's next page view (its config already checked once, its caches warm).
   * Several pages are visited in turn.
   */
  warmup: string | readonly string[];
  /** The views it is measured on (default: both). */
  views?: readonly View[];
}

/** One measured load: a scenario on a view. */
export interface Run {
  scenario: Scenario;
  view: View;
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
    label: 'Waypoint, nothing due',
    page: '/idle.html',
    isWidget: isWaypointCode,
    waitFor: 'load',
    warmup: '/idle.html',
  },
  {
    id: 'held',
    label: 'Waypoint, nothing due, a device that holds our data',
    page: '/idle.html',
    isWidget: isWaypointCode,
    waitFor: 'load',
    // A prompt shown two pages before: the device keeps our data, and the page between looked
    // at the queue once (the card's "shown" record was sent as that page hid), so this is a
    // returning visitor's usual page view.
    warmup: ['/prompt.html', '/idle.html'],
    views: ['repeat'],
  },
  {
    id: 'prompt',
    label: 'Waypoint, a rating prompt at load',
    page: '/prompt.html',
    isWidget: isWaypointCode,
    waitFor: 'visible',
    // The same config after a page with nothing due: a device's first prompt, not first visit.
    warmup: '/idle.html',
  },
  {
    id: 'floor',
    label: 'naive floor card, shown',
    page: '/floor.html',
    isWidget: (p) => p.startsWith('/peers/floor/'),
    waitFor: 'visible',
    warmup: '/floor.html',
  },
  {
    id: 'sentry',
    label: 'Sentry feedback launcher',
    page: '/sentry.html',
    isWidget: (p) => p.startsWith('/peers/sentry/'),
    waitFor: 'visible',
    warmup: '/sentry.html',
  },
  {
    id: 'posthog',
    label: 'PostHog survey (one popover)',
    page: '/posthog.html',
    // array.js and its lazy surveys.js come from /static/, its remote config script from /array/.
    isWidget: (p) => p.startsWith('/static/') || p.startsWith('/array/'),
    waitFor: 'visible',
    warmup: '/posthog.html',
  },
];

/** The scenarios measured on `view`. */
export const scenariosOn = (view: View): Scenario[] =>
  SCENARIOS.filter((s) => !s.views || s.views.includes(view));

/** Every scenario on each of its views: one round's measured loads, before rotation. */
export const RUNS: readonly Run[] = VIEWS.flatMap((view) =>
  scenariosOn(view).map((scenario) => ({ scenario, view })),
);

/** Round `r`'s order: the list rotated by `r`, so no scenario always runs first or last. */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
