/**
 * The script tag's command function, `waypoint('ask', 'advocate-nps')`: one entry point that
 * routes to an instance's methods and never throws into the host page.
 */

import type { RenderOptions } from '../act/inline';
import type { EventName, Listener } from '../contract/events';
import type { Waypoint } from '../root/waypoint';

export type CommandArgs = [string, ...unknown[]];

/** Runs one command against `wp`. Unknown commands and bad arguments are reported, not thrown. */
export function runCommand(
  wp: Waypoint,
  args: ArrayLike<unknown>,
  report: (message: string) => void,
): unknown {
  const [name, a, b, c] = Array.from(args) as CommandArgs;
  switch (name) {
    case 'track':
      return wp.track(a as string, b as Record<string, unknown> | undefined);
    case 'stage':
      return wp.stage(a as string);
    case 'identify':
      return wp.identify(a as string, b as Record<string, string | number | boolean> | undefined);
    case 'ask':
      return wp.ask(a as string);
    case 'render':
      return wp.render(a as string | Element, b as string, c as RenderOptions | undefined);
    case 'flush':
      return wp.flush();
    case 'consent':
      return wp.consent(a as boolean);
    case 'pending':
      return wp.pending();
    case 'on':
      return wp.on(a as EventName, b as Listener<EventName>);
    case 'off':
      return wp.off(a as EventName, b as Listener<EventName>);
    case 'destroy':
      return wp.destroy();
    default:
      report(
        `unknown command "${String(name)}" (known: track, stage, identify, ask, render, flush, consent, pending, on, off, destroy)`,
      );
      return undefined;
  }
}
