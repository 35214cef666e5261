/**
 * What happened in the page, as plain data: the trigger runtime turns DOM events and timers
 * into `Fired` values, and each trigger kind's pure matcher decides whether a question's
 * trigger is met by one.
 */
import type { Trigger } from '../../../config/schema';

export type Fired =
  | { kind: 'stage'; stage: string }
  | { kind: 'event'; name: string; props?: Record<string, unknown> }
  | { kind: 'delay'; seconds: number }
  | { kind: 'scroll'; percent: number }
  | { kind: 'exit' }
  | { kind: 'click'; selector: string }
  | { kind: 'idle'; seconds: number }
  | { kind: 'manual' };

export type TriggerOn = Trigger['on'];

/** One kind of trigger: does a question's trigger `t` match what fired, and its name. */
export interface TriggerKind<K extends TriggerOn> {
  matches(t: Extract<Trigger, { on: K }>, fired: Extract<Fired, { kind: K }>): boolean;
  /** The trigger as recorded in `context.trigger`, e.g. `scroll:60`. */
  label(t: Extract<Trigger, { on: K }>): string;
}
