import type { TriggerKind } from './fired';

/**
 * `{ on: 'idle', seconds }`: met after `seconds` without pointer, key, scroll or touch input
 * while the page is visible.
 *
 * @example
 * idle.matches({ on: 'idle', seconds: 30 }, { kind: 'idle', seconds: 45 }); // true
 */
export const idle: TriggerKind<'idle'> = {
  matches: (t, fired) => fired.seconds >= t.seconds,
  label: (t) => `idle:${t.seconds}`,
};
