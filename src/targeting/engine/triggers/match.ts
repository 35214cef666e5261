/**
 * Every trigger kind in one exhaustive map, so the compiler catches a kind without a matcher.
 */
import type { Trigger } from '../../../config/schema';
import { click } from './click';
import { delay } from './delay';
import { event } from './event';
import { exit } from './exit';
import type { Fired, TriggerKind, TriggerOn } from './fired';
import { idle } from './idle';
import { manual } from './manual';
import { scroll } from './scroll';
import { stage } from './stage';

const KINDS: { [K in TriggerOn]: TriggerKind<K> } = {
  stage,
  event,
  delay,
  scroll,
  exit,
  click,
  idle,
  manual,
};

/**
 * Whether a question's trigger `t` is met by what `fired`.
 *
 * @example
 * triggerMatches({ on: 'scroll', percent: 60 }, { kind: 'scroll', percent: 80 }); // true
 * triggerMatches({ on: 'stage' }, { kind: 'exit' }); // false
 */
export function triggerMatches(t: Trigger, fired: Fired): boolean {
  if (t.on !== fired.kind) return false;
  const kind = KINDS[t.on] as TriggerKind<TriggerOn>;
  return kind.matches(t as never, fired as never);
}

/**
 * A question's trigger as recorded in `context.trigger`.
 *
 * @example
 * triggerLabel({ on: 'click', selector: '#help' }); // 'click:#help'
 */
export function triggerLabel(t: Trigger): string {
  return (KINDS[t.on] as TriggerKind<TriggerOn>).label(t as never);
}

/**
 * What fired, for debug output: `stage:use`, `event:order_delivered`, `scroll:75`, …
 *
 * @example
 * firedLabel({ kind: 'idle', seconds: 30 }); // 'idle:30'
 */
export function firedLabel(f: Fired): string {
  switch (f.kind) {
    case 'stage':
      return `stage:${f.stage}`;
    case 'event':
      return `event:${f.name}`;
    case 'delay':
    case 'idle':
      return `${f.kind}:${f.seconds}`;
    case 'scroll':
      return `scroll:${f.percent}`;
    case 'click':
      return `click:${f.selector}`;
    default:
      return f.kind;
  }
}
