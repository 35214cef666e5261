// The tag's calls while its runtime may still sleep: they wait, in order, for the runtime a call
// or the page view wakes; awake, they run directly. Nothing of ours throws into the page.
import { once } from '../contract/once';

/** Runs one call (its arguments as the page passed them) on the started runtime. */
export type Run = (args: unknown[]) => unknown;
type Waiting = [args: unknown[], done: (result: unknown) => void, fail: (e: unknown) => void];

const none = () => undefined;
/** The message alone: a missing chunk's says which file to copy. */
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * `load` loads the runtime and resolves to what starts it (which answers undefined when the
 * tag went off meanwhile): the calls that waited run in the same task as the start, so their
 * listeners hear what the runtime says as it starts. `report` logs a problem on the console.
 *
 * @example
 * const sleeper = createSleeper(() => load().then((m) => () => m.start()), console.error);
 * sleeper.wait(['ask', 'advocate-nps']); // a promise of the ask's result
 * sleeper.wake();
 */
export function createSleeper(
  load: () => Promise<() => Run | undefined>,
  report: (m: string) => void,
) {
  let live: Run | undefined;
  const waiting: Waiting[] = [];
  /** A call; a promise the page does not await must not reject unhandled. */
  const call = (run: Run, args: unknown[]) => {
    try {
      const result = run(args);
      if (result instanceof Promise) result.catch((e: unknown) => report(errorText(e)));
      return result;
    } catch (e) {
      report(String(e));
      return undefined;
    }
  };
  const wake = once(async () => {
    try {
      const start = await load();
      live = start();
      for (const [args, done] of waiting.splice(0)) done(live && call(live, args));
    } catch (e) {
      // The calls that waited fail with it; the next call tries again.
      report(`could not start: ${errorText(e)}`);
      for (const [, , fail] of waiting.splice(0)) fail(e);
      throw e;
    }
  });
  return {
    /** The runtime's answer to a call, once it has started. */
    live: () => live && ((args: unknown[]) => call(live as Run, args)),
    /** Whether waking has begun (or is done). */
    woken: () => !!wake.peek(),
    /**
     * Keeps `args` for the runtime: a promise of their result, or nothing for a `quiet` call
     * (a listener or traits, which have nothing to answer).
     */
    wait(args: unknown[], quiet = false): Promise<unknown> | undefined {
      if (quiet) return void waiting.push([args, none, none]);
      const result = new Promise((done, fail) => waiting.push([args, done, fail]));
      result.catch(none);
      return result;
    },
    /** Wakes the runtime, fetching beside it what the reason for waking will need. */
    wake(...beside: Array<() => Promise<unknown>>): void {
      for (const load of beside) void load().catch(none);
      wake.get().catch(none);
    },
  };
}
