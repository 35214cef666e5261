import type { TriggerKind } from './fired';

/**
 * `{ on: 'event', event, where? }`: met by `track(event, props)` when every `where` property
 * equals the tracked one (strict equality; `"5"` is not `5`).
 *
 * @example
 * event.matches(
 *   { on: 'event', event: 'order_delivered', where: { plan: 'pro' } },
 *   { kind: 'event', name: 'order_delivered', props: { plan: 'pro', items: 3 } },
 * ); // true
 */
export const event: TriggerKind<'event'> = {
  matches(t, fired) {
    if (t.event !== fired.name) return false;
    const props = fired.props ?? {};
    return Object.entries(t.where ?? {}).every(
      // Object.hasOwn is newer than the ES2020 target.
      ([key, value]) =>
        Object.getOwnPropertyDescriptor(props, key) !== undefined && props[key] === value,
    );
  },
  label: (t) => `event:${t.event}`,
};
