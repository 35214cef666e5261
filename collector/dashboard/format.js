// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// How numbers read on the dashboard. English copy, so English number formatting.
const NUMBER = new Intl.NumberFormat('en');

export const NO_VALUE = '—';

/** 1234 → '1,234'. @param {number} n */
export function count(n) {
  return NUMBER.format(n);
}

/**
 * '1 answer', '2 answers'.
 * @param {number} n
 * @param {string} word
 */
export function plural(n, word) {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** A 0–100 score as a whole number, or '—' when there is none. */
/** @param {number | null | undefined} value */
export function score(value) {
  return value === null || value === undefined ? NO_VALUE : String(Math.round(value));
}

/** NPS runs from −100 to +100, so the sign is part of the figure. */
/** @param {number | null | undefined} value */
export function nps(value) {
  if (value === null || value === undefined) return NO_VALUE;
  const whole = Math.round(value);
  return whole > 0 ? `+${whole}` : String(whole);
}

/** 0.4237 → '42%'. */
/** @param {number | null | undefined} rate */
export function percent(rate) {
  return rate === null || rate === undefined ? NO_VALUE : `${Math.round(rate * 100)}%`;
}

/** A mean on a small scale, e.g. effort 4.67 → '4.7'. */
/** @param {number | null | undefined} value */
export function mean(value) {
  return value === null || value === undefined ? NO_VALUE : value.toFixed(1);
}

/** An event time in the reader's own locale and time zone. */
/** @param {string} iso */
export function dateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A 'YYYY-MM-DD' day, written out ('1 Nov 2026'); the day is UTC, as the summary counts it. */
/** @param {string} value */
export function day(value) {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}
