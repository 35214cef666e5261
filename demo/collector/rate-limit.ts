/** A token bucket per key: `capacity` requests at once, refilled at `perMinute` a minute. */
export interface RateLimitOptions {
  capacity?: number;
  perMinute?: number;
  /** Milliseconds clock, injectable for tests. */
  now?: () => number;
}

/** `retryAfter` is in whole seconds, ready for the `Retry-After` header. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfter: number };

export type RateLimiter = (key: string) => RateDecision;

interface Bucket {
  tokens: number;
  updated: number;
}

// Bounds memory when many addresses pass by; full buckets carry no state worth keeping.
const MAX_KEYS = 10_000;

/**
 * Creates a per-key token bucket limiter.
 *
 * @example
 * const limit = createRateLimiter({ perMinute: 120 });
 * const decision = limit(req.socket.remoteAddress ?? '');
 * if (!decision.allowed) res.setHeader('Retry-After', decision.retryAfter);
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const perMinute = options.perMinute ?? 120;
  const capacity = options.capacity ?? perMinute;
  const now = options.now ?? Date.now;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  return (key) => {
    const time = now();
    const bucket = buckets.get(key) ?? { tokens: capacity, updated: time };
    bucket.tokens = Math.min(capacity, bucket.tokens + (time - bucket.updated) * perMs);
    bucket.updated = time;
    if (!buckets.has(key)) {
      if (buckets.size >= MAX_KEYS) prune(buckets, capacity, perMs, time);
      buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
    };
  };
}

function prune(buckets: Map<string, Bucket>, capacity: number, perMs: number, time: number): void {
  for (const [key, bucket] of buckets) {
    if (bucket.tokens + (time - bucket.updated) * perMs >= capacity) buckets.delete(key);
  }
  // Still full of busy clients: forget the oldest rather than grow without bound.
  if (buckets.size >= MAX_KEYS) {
    const oldest = buckets.keys().next().value;
    if (oldest !== undefined) buckets.delete(oldest);
  }
}
