/**
 * `track` and `stage`, the commands that move the visitor along the journey: each refuses bad
 * input with an `error` naming it, and never throws (`guard`).
 */
import type { ResolvedConfig } from '../config/resolved';
import type { guarded } from '../contract/guard';
import type { ErrorCode } from '../contract/types';
import type { Targeting } from '../targeting/targeting';
import type { StageTracker } from './tracker';

export interface JourneyCommandDeps {
  config: Pick<ResolvedConfig, 'stages'>;
  tracker: Pick<StageTracker, 'event' | 'set'>;
  targeting: Pick<Targeting, 'fire'>;
  error(code: ErrorCode, message: string): void;
  guard: ReturnType<typeof guarded>;
}

export function journeyCommands({ config, tracker, targeting, error, guard }: JourneyCommandDeps) {
  return {
    track: guard('track', (name: string, props?: Record<string, unknown>) => {
      if (typeof name !== 'string' || !name) return error('config', 'track needs an event name');
      tracker.event(name);
      const plain = props && typeof props === 'object' && !Array.isArray(props);
      targeting.fire({ kind: 'event', name, ...(plain ? { props } : {}) });
    }),
    stage: guard('stage', (id: string) => {
      if (typeof id === 'string' && tracker.set(id)) return;
      const known = config.stages.map((s) => s.id).join(', ');
      error('config', `unknown stage "${String(id)}" (known: ${known})`);
    }),
  };
}
