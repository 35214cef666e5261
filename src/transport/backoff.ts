/**
 * Exponential backoff with full jitter (RELIABILITY §4): random(0, min(cap, base·2ⁿ)). Repeated
 * failures slow the cadence to the cap; nothing is ever dropped for failing.
 */
export const BACKOFF_BASE_MS = 2000;
export const BACKOFF_CAP_MS = 600_000;

/** Delay before retry number `attempt` (0-based), using `random` in [0, 1). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 30));
  // Never 0 ms: a tight retry loop against a failing endpoint helps nobody.
  return Math.max(250, Math.floor(random() * ceiling));
}
