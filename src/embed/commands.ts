/**
 * The script tag's command function, `waypoint('ask', 'advocate-nps')`: one entry point that
 * routes to an instance's methods and never throws into the host page.
 */

import type { RenderOptions } from '../act/inline';
import type { EventName, Listener } from '../contract/events';
import type { Waypoint } from '../root/waypoint';

export type CommandArgs = [string, ...unknown[]];
/** Every method of an instance is a command: the table below must name each one. */
type Command = Exclude<keyof Waypoint, 'config'>;

const COMMANDS: Record<Command, (wp: Waypoint, a: unknown, b: unknown, c: unknown) => unknown> = {
  track: (wp, a, b) => wp.track(a as string, b as Record<string, unknown> | undefined),
  stage: (wp, a) => wp.stage(a as string),
  identify: (wp, a, b) =>
    wp.identify(a as string, b as Record<string, string | number | boolean> | undefined),
  ask: (wp, a) => wp.ask(a as string),
  render: (wp, a, b, c) =>
    wp.render(a as string | Element, b as string, c as RenderOptions | undefined),
  flush: (wp) => wp.flush(),
  consent: (wp, a) => wp.consent(a as boolean),
  pending: (wp) => wp.pending(),
  on: (wp, a, b) => wp.on(a as EventName, b as Listener<EventName>),
  off: (wp, a, b) => wp.off(a as EventName, b as Listener<EventName>),
  destroy: (wp) => wp.destroy(),
};

// Own keys only (never `toString`), without `Object.hasOwn`: the core targets ES2020.
const NAMES = new Set<string>(Object.keys(COMMANDS));
const isCommand = (name: unknown): name is Command => typeof name === 'string' && NAMES.has(name);

/** Runs one command against `wp`. Unknown commands and bad arguments are reported, not thrown. */
export function runCommand(
  wp: Waypoint,
  args: ArrayLike<unknown>,
  report: (message: string) => void,
): unknown {
  const [name, a, b, c] = Array.from(args) as CommandArgs;
  if (isCommand(name)) return COMMANDS[name](wp, a, b, c);
  report(`unknown command "${String(name)}" (known: ${Object.keys(COMMANDS).join(', ')})`);
  return undefined;
}
