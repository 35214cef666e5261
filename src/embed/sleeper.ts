// The tag's calls while its runtime may still sleep: they wait, in order, for the runtime a call
// or the page view wakes; awake, they run directly. Nothing of ours throws into the page.

/** Runs one call (its arguments as the page passed them) on the started runtime. */
export type Run = (args: unknown[]) => unknown;
type Waiting = [args: unknown[], done: (result: unknown) => void];

const none = () => undefined;
/** The message alone: a missing chunk's says which file to copy. */
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface SleeperOptions {
  /**
   * Loads the runtime and resolves to what starts it (which answers undefined when the tag went
   * off meanwhile): the calls that waited run in the same task as the start, so their listeners
   * hear what the runtime says as it starts.
   */
  load(): Promise<() => Run | undefined>;
  /** Logs a problem on the console. */
  report(message: string): void;
  /** What a call answers where no runtime will run on this page (as `ask` does when it cannot show). */
  fallback(args: unknown[]): unknown;
}

/**
 * One attempt per page view: the chunks that import the runtime's file would not see a second
 * copy fetched under another URL, so a runtime that cannot load leaves the page without one (one
 * console error), and every call answers its fallback.
 *
 * @example
 * const sleeper = createSleeper({ load, report: console.error, fallback: () => undefined });
 * sleeper.wait(['ask', 'advocate-nps']); // a promise of the ask's result
 * sleeper.wake();
 */
export function createSleeper(o: SleeperOptions) {
  let live: Run | undefined;
  let waking: Promise<void> | undefined;
  /** No runtime will run on this page: the tag went off, or the runtime could not load. */
  let never = false;
  const waiting: Waiting[] = [];
  /** A call; a promise the page does not await must not reject unhandled. */
  const call = (run: Run, args: unknown[]) => {
    try {
      const result = run(args);
      if (result instanceof Promise) result.catch((e: unknown) => o.report(errorText(e)));
      return result;
    } catch (e) {
      o.report(String(e));
      return undefined;
    }
  };
  const settle = (run: Run | undefined) => {
    live = run;
    never = !run;
    for (const [args, done] of waiting.splice(0)) done(run ? call(run, args) : o.fallback(args));
  };
  return {
    /** The runtime's answer to a call, once it has started. */
    live: () => live && ((args: unknown[]) => call(live as Run, args)),
    /** Whether waking has begun (or is over). */
    waking: () => !!waking,
    /**
     * Keeps `args` for the runtime: a promise of their result, or nothing for a `quiet` call
     * (one with nothing to answer, such as a listener).
     */
    wait(args: unknown[], quiet = false): Promise<unknown> | undefined {
      if (never) return quiet ? undefined : Promise.resolve(o.fallback(args));
      if (quiet) return void waiting.push([args, none]);
      return new Promise((done) => waiting.push([args, done]));
    },
    /** Wakes the runtime, fetching beside it what the reason for waking will need. */
    wake(...beside: Array<() => Promise<unknown>>): void {
      for (const load of beside) void load().catch(none);
      waking ??= o
        .load()
        .then((start) => settle(start()))
        .catch((e: unknown) => {
          o.report(`could not start, so the widget is off on this page: ${errorText(e)}`);
          settle(undefined);
        });
    },
  };
}
