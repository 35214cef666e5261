/**
 * The page listeners for delay, scroll, exit, click and idle triggers are a chunk of their own,
 * loaded only when the config uses one of them: a site that asks on stages and events never
 * loads them. Until the chunk is in, the latest stage's triggers wait and are armed on arrival.
 */
import type { Trigger } from '../../../config/schema';
import type * as Chunk from './trigger-runtime';
import type { TriggerRuntime, TriggerRuntimeOptions } from './trigger-runtime';

const IN_CORE = new Set<Trigger['on']>(['stage', 'event', 'manual']);

/**
 * @example
 * const rt = lazyTriggerRuntime({ win, doc, triggers, now, fire, load, onInvalidSelector,
 *   onLoadError });
 */
export function lazyTriggerRuntime(
  o: TriggerRuntimeOptions & { load(): Promise<typeof Chunk>; onLoadError(e: unknown): void },
): TriggerRuntime {
  let runtime: TriggerRuntime | undefined;
  let latest: readonly Trigger[] | undefined;
  let destroyed = false;
  if (o.triggers.some((t) => !IN_CORE.has(t.on))) {
    o.load().then((m) => {
      if (destroyed) return;
      runtime = m.createTriggerRuntime(o);
      if (latest) runtime.enter(latest);
    }, o.onLoadError);
  }
  return {
    enter(triggers) {
      latest = triggers;
      runtime?.enter(triggers);
    },
    destroy() {
      destroyed = true;
      runtime?.destroy();
    },
  };
}
