/**
 * What the queue keeps on the device: its records, the dead-letter area and the counters of what
 * was given up on, and the bounds and rules every reader applies to them (DESIGN §5).
 */
import type { WaypointCloudEvent } from '../transport/envelope';

export const QUEUE_PREFIX = 'q/';
export const DEAD_PREFIX = 'd/';
export const COUNTERS_KEY = 's/counters';
/** How many rejected events the dead-letter store keeps for inspection. */
export const MAX_DEAD = 100;

/** RELIABILITY §8: a record expires only when it is this old **and** has failed this often. */
export const EXPIRE_AFTER_MS = 30 * 86_400_000;
export const EXPIRE_MIN_ATTEMPTS = 3;
/**
 * RELIABILITY §14: at most one failure counts per hour, so three counted failures take hours of
 * real trying, never a few seconds after the device clock jumped.
 */
export const FAILURE_SPACING_MS = 3_600_000;

/** What was given up on, kept on the device so it can be reported (never silently lost). */
export interface Counters {
  expired: number;
  deadLettered: number;
}

export interface QueueRecord {
  event: WaypointCloudEvent;
  /** Serialised size in bytes, counted once at capture. */
  bytes: number;
  /** Local clock at capture (ms). */
  createdAt: number;
  /** Real sends that failed (network, 5xx, …); drives expiry, never eviction. */
  attempts: number;
  /** Local clock at the last failure that counted. */
  failedAt?: number;
  /** Until when (local ms) `leaseOwner` may send this record; 0 when free. */
  leaseUntil: number;
  leaseOwner: string;
  /** The endpoint the record was made for; missing in records of version 0.1. */
  endpoint?: string;
}

export interface DeadRecord extends QueueRecord {
  reason: string;
  status: number;
  deadAt: number;
}

/** A stored value that was not a queue record at all, kept as found for inspection. */
export interface BadRecord {
  raw: unknown;
  reason: string;
  status: 0;
  deadAt: number;
}

export interface QueueLimits {
  maxEvents: number;
  maxBytes: number;
}

export const DEFAULT_QUEUE_LIMITS: QueueLimits = { maxEvents: 1000, maxBytes: 5 * 1024 * 1024 };

/** The one queue-full rule: the bound is for the whole origin, whoever's records fill it. */
export function isFull(count: number, bytes: number, limits = DEFAULT_QUEUE_LIMITS): boolean {
  return count >= limits.maxEvents || bytes >= limits.maxBytes;
}

/** Whom a queue sends for: one endpoint and, when known, one site (RELIABILITY §13). */
export interface Target {
  endpoint: string;
  site?: string;
}

/**
 * Whether `r` is for `target`. A record from before records knew their endpoint goes to a
 * queue of its own site: that is where version 0.1 would have sent it.
 */
export function belongsTo(r: QueueRecord, target: Target | undefined): boolean {
  if (!target) return true;
  if (target.site !== undefined && r.event.site !== target.site) return false;
  return r.endpoint === undefined || r.endpoint === target.endpoint;
}
