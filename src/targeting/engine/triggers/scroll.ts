import type { TriggerKind } from './fired';

/**
 * `{ on: 'scroll', percent }`: met once the visitor has seen `percent` of the page's height
 * (the bottom of the viewport has passed that point).
 *
 * @example
 * scroll.matches({ on: 'scroll', percent: 60 }, { kind: 'scroll', percent: 75 }); // true
 */
export const scroll: TriggerKind<'scroll'> = {
  matches: (t, fired) => fired.percent >= t.percent,
  label: (t) => `scroll:${t.percent}`,
};

/**
 * How much of the page has been seen, in percent (0–100). A page no taller than the viewport
 * is seen whole.
 *
 * @example
 * scrollDepth({ scrollY: 500, viewport: 1000, height: 3000 }); // 50
 */
export function scrollDepth(m: { scrollY: number; viewport: number; height: number }): number {
  if (m.height <= m.viewport || m.height <= 0) return 100;
  const seen = ((Math.max(0, m.scrollY) + m.viewport) / m.height) * 100;
  return Math.min(100, Math.round(seen));
}
