// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The date range: whole UTC days, as GET /v1/summary counts them, kept in the page's URL so a
// view can be bookmarked or shared.
/** @typedef {{ from: string, to: string, site?: string, stage?: string }} Range */

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** @param {number} ms */
function toDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The last 30 days, today (UTC) included. */
/** @returns {Range} */
export function defaultRange(now = Date.now()) {
  return { from: toDay(now - (DEFAULT_DAYS - 1) * DAY_MS), to: toDay(now) };
}

/**
 * The range (and site) in `?from=&to=&site=`, each falling back to the default.
 * @param {string} search
 * @returns {Range}
 */
export function rangeFromSearch(search, now = Date.now()) {
  const params = new URLSearchParams(search);
  const range = defaultRange(now);
  for (const key of /** @type {const} */ (['from', 'to'])) {
    const value = params.get(key);
    if (value && DAY.test(value)) range[key] = value;
  }
  const site = params.get('site');
  if (site) range.site = site;
  return range;
}

/** The query string for a range, the same for the page and for the API. */
/** @param {Range} range */
export function rangeToSearch(range) {
  const params = new URLSearchParams();
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  if (range.site) params.set('site', range.site);
  if (range.stage) params.set('stage', range.stage);
  return params.toString();
}
