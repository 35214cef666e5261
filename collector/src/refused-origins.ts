/** An origin whose events were refused, and when last. */
export interface RefusedOrigin {
  origin: string;
  /** ISO 8601, the collector's clock. */
  lastRefused: string;
}

// The install page shows a handful; a sender inventing origins cannot grow this.
const KEEP = 20;

/**
 * The origins refused most recently, in memory (a restart forgets them), for the install
 * page: "events from https://x were refused: add it to ALLOWED_ORIGINS".
 *
 * @example
 * const refused = refusedOrigins();
 * refused.record('https://shop.example');
 * refused.recent(); // → [{ origin: 'https://shop.example', lastRefused: '2026-…' }]
 */
export function refusedOrigins(now: () => number = Date.now) {
  const last = new Map<string, number>();
  return {
    record(origin: string): void {
      // Re-inserted, so the map's order is the order of last refusal.
      last.delete(origin);
      last.set(origin, now());
      if (last.size > KEEP) last.delete(last.keys().next().value as string);
    },
    /** Newest first. */
    recent(): RefusedOrigin[] {
      return [...last]
        .reverse()
        .map(([origin, at]) => ({ origin, lastRefused: new Date(at).toISOString() }));
    },
  };
}

export type RefusedOrigins = ReturnType<typeof refusedOrigins>;
