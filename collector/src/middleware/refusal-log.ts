/** How often one refused origin is logged again. */
export const REFUSAL_LOG_INTERVAL_MS = 60_000;
// Bounds the memory a sender can make us spend by inventing origins.
const MAX_REMEMBERED = 1000;

/**
 * Returns a function that logs a refused origin, at most once a minute per origin, saying
 * what to do: a site owner whose page is not in the allow-list otherwise sees nothing.
 *
 * @example
 * const refused = refusalLog(console.warn);
 * refused('https://shop.example'); // logs; again within a minute: silent
 */
export function refusalLog(
  log: (line: string) => void,
  now: () => number = Date.now,
): (origin: string) => void {
  const lastLogged = new Map<string, number>();
  return (origin) => {
    const at = now();
    const last = lastLogged.get(origin);
    // A clock that moved back logs again rather than staying silent for longer than a minute.
    if (last !== undefined && at >= last && at - last < REFUSAL_LOG_INTERVAL_MS) return;
    if (lastLogged.size >= MAX_REMEMBERED) lastLogged.clear();
    lastLogged.set(origin, at);
    log(
      `[collector] refused events from origin ${origin} (403): add it to ALLOWED_ORIGINS to accept them`,
    );
  };
}
