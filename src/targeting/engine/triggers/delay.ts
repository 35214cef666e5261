import type { TriggerKind } from './fired';

/**
 * `{ on: 'delay', seconds }`: met once the visitor has been in the stage for `seconds`. The
 * runtime starts the clock on entering a stage and cancels it when the stage changes first.
 *
 * @example
 * delay.matches({ on: 'delay', seconds: 20 }, { kind: 'delay', seconds: 20 }); // true
 */
export const delay: TriggerKind<'delay'> = {
  matches: (t, fired) => fired.seconds >= t.seconds,
  label: (t) => `delay:${t.seconds}`,
};
