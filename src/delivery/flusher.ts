/**
 * Delivery scheduling: lease a batch, send it, then delete, retry, split or dead-letter it
 * according to the endpoint's answer (RELIABILITY §3–4). One timer serves the whole queue,
 * concurrent flush requests share one run, and only one tab flushes at a time.
 */
import type { WaypointEvents } from '../contract/events';
import { byteLength, toJson } from '../platform/json';
import { backoffDelay } from '../transport/backoff';
import type { SendResult } from '../transport/send';
import type { Leadership } from './leader';
import { FAILURE_SPACING_MS, type Queue, type QueueRecord } from './queue';
import type { SharedPause } from './shared-pause';

export const BATCH_MAX_EVENTS = 50;
export const BATCH_MAX_BYTES = 64 * 1024;
/** Longer than a send's timeout, so a lease outlives the send that holds it. */
export const LEASE_MS = 30_000;
/** How long to wait before probing an endpoint that answered with a configuration error. */
export const CONFIG_PAUSE_MS = 3_600_000;

/** Why sending waits: our own backoff (skippable), the server's Retry-After, or a config error. */
type PauseKind = 'backoff' | 'retry-after' | 'config';

/** How a flush ended: `idle` when the queue is empty, `waiting` when records remain for later. */
export interface FlushResult {
  state: 'idle' | 'waiting';
  pending: number;
  /** Why records remain (backoff, paused endpoint, another tab sending, …). */
  reason?: string;
}

export interface FlusherOptions {
  queue: Queue;
  send: (body: string) => Promise<SendResult>;
  emit: <K extends 'sent' | 'error'>(name: K, payload: WaypointEvents[K]) => void;
  /** Cross-tab leadership; without it this flusher assumes it is alone. */
  leadership?: Leadership;
  now?: () => number;
  random?: () => number;
  /** Whether the browser says it is offline: such failures say nothing about the endpoint. */
  isOffline?: () => boolean;
  /**
   * A clock the device's wall clock cannot move (`performance.now()`): at most one failure per
   * hour of it counts toward expiry, however the wall clock jumps (RELIABILITY §14).
   */
  monotonic?: () => number;
  /** Where Retry-After and configuration pauses are shared with other tabs and page loads. */
  sharedPause?: SharedPause;
  /** A configuration pause began (once per page, however often the probes are refused). */
  onConfigPause?: (reason: string) => void;
  /**
   * Called just before a flush looks whether anything is left; what it resolves to is called
   * if nothing was (so a mark read before the look says what the look covered).
   */
  idleMark?: () => Promise<() => void>;
}

export interface Flusher {
  /**
   * Sends what is queued. `force` skips our own backoff (the browser came back online, the
   * customer answered, the integrator asked) but never a server's Retry-After or the rare
   * probing of a misconfigured endpoint.
   */
  flush(options?: { force?: boolean }): Promise<FlushResult>;
  /** Whether the endpoint asked for quiet (Retry-After) or is misconfigured, as this tab knows. */
  holding(): boolean;
  /** Cancels the retry timer; the queue keeps everything for the next page. */
  stop(): void;
}

/**
 * What `sentat` adds to each event on the wire, at its longest (an extended-year ISO date), so a
 * batch's byte budget holds whatever the clock says.
 */
export const SENTAT_BYTES = byteLength(`,"sentat":"${new Date(8.64e15).toISOString()}"`);

/** Adds the send-time stamp to each event (the receiver can correct a wrong device clock). */
export function batchBody(records: readonly QueueRecord[], sentat: string): string {
  return toJson(records.map((r) => ({ ...r.event, sentat })));
}

const defaultMonotonic = () =>
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? performance.now()
    : Date.now();

export function createFlusher({
  queue,
  send,
  emit,
  leadership,
  now = Date.now,
  random = Math.random,
  isOffline = () => false,
  sharedPause,
  monotonic = defaultMonotonic,
  idleMark,
  onConfigPause,
}: FlusherOptions): Flusher {
  let lastCounted: number | undefined;
  /** Whether this failure counts: online, and the first in an hour of real time on this page. */
  const counts = () => {
    if (isOffline()) return false;
    const m = monotonic();
    if (lastCounted !== undefined && m - lastCounted < FAILURE_SPACING_MS) return false;
    lastCounted = m;
    return true;
  };
  let running: Promise<FlushResult> | undefined;
  let next: Promise<FlushResult> | undefined;
  let forceNext = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  // Pauses are kept as "until" times but the timer, which counts real elapsed time, ends them:
  // a clock moved back must not stretch a 2-second backoff into days (RELIABILITY §9).
  let paused: { until: number; reason: string; kind: PauseKind } | undefined;
  let batchLimit = BATCH_MAX_EVENTS;
  let stopped = false;
  // A configuration pause another page stored is tried once by a new page's first flush: the
  // site owner may have fixed the endpoint or its allowed origins since.
  let firstRun = true;
  let probing = false;
  let reportedConfig = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      paused = undefined;
      flush().catch(() => undefined);
    }, ms);
  };

  const pause = async (ms: number, reason: string, kind: PauseKind) => {
    paused = { until: now() + ms, reason, kind };
    schedule(ms);
    if (kind !== 'backoff') await sharedPause?.write({ until: paused.until, reason, kind });
  };

  const waiting = async (reason: string): Promise<FlushResult> => ({
    state: 'waiting',
    pending: (await queue.stats()).count,
    reason,
  });

  async function handle(batch: QueueRecord[], result: SendResult): Promise<string | undefined> {
    const ids = batch.map((r) => r.event.id);
    switch (result.kind) {
      case 'ack':
        await queue.ack(ids);
        failures = 0;
        reportedConfig = false;
        batchLimit = BATCH_MAX_EVENTS;
        emit('sent', { ids, status: result.status });
        return undefined;
      case 'reject':
      case 'too-large':
        if (batch.length === 1) {
          const reason = `the endpoint rejected this event (${result.status})`;
          await queue.deadLetter(ids, reason, result.status);
          emit('error', {
            code: 'delivery',
            message: `${reason}; it was moved to the dead-letter store`,
            ids,
          });
        } else {
          // Split to isolate the bad (or oversized) event; the good ones go through.
          await queue.release(ids, false);
          batchLimit = Math.ceil(batch.length / 2);
        }
        return undefined;
      case 'config': {
        await queue.release(ids, false);
        if (!reportedConfig) {
          reportedConfig = true;
          onConfigPause?.(result.reason);
          emit('error', {
            code: 'delivery',
            message: `${result.reason}; sending paused, nothing is lost`,
            ids,
          });
        }
        await pause(CONFIG_PAUSE_MS, result.reason, 'config');
        return result.reason;
      }
      case 'retry': {
        await queue.release(ids, counts());
        const delay = result.retryAfterMs ?? backoffDelay(failures, random);
        failures++;
        await pause(
          delay,
          result.reason,
          result.retryAfterMs === undefined ? 'backoff' : 'retry-after',
        );
        return `${result.reason}; retrying in ${Math.round(delay / 1000)} s`;
      }
    }
  }

  async function reportExpired(): Promise<void> {
    const expired = await queue.expire();
    if (expired.length) {
      const message = `${expired.length} event(s) expired: over 30 days old and 3+ failed sends`;
      emit('error', { code: 'delivery', message, ids: expired });
    }
  }

  async function drain(): Promise<FlushResult> {
    // Read once we lead: the tab that led before us wrote any pause it was given before letting go.
    const shared = await sharedPause?.read();
    if (shared && !(probing && shared.kind === 'config')) {
      paused = shared;
      schedule(shared.until - now());
      return waiting(shared.reason);
    }
    if (stopped) return waiting('stopped'); // stop() came while storage was read
    await reportExpired();
    for (;;) {
      const batch = await queue.lease(
        { maxEvents: batchLimit, maxBytes: BATCH_MAX_BYTES, recordOverhead: SENTAT_BYTES },
        LEASE_MS,
      );
      if (batch.length === 0) {
        const idle = await idleMark?.().catch(() => undefined);
        const { count } = await queue.stats();
        if (!count) {
          // Stopped meanwhile (consent withdrawn): nothing more is written, not even a mark.
          if (!stopped) idle?.();
          return { state: 'idle', pending: 0 };
        }
        // Records another tab has leased: it sends them, or its lease runs out and we do.
        schedule(LEASE_MS + 1000);
        return { state: 'waiting', pending: count, reason: 'another tab is sending' };
      }
      // Stopped while leasing (destroyed, or consent withdrawn): nothing leaves, and the batch
      // is handed back at once where storage still allows it (else its lease runs out).
      if (stopped) {
        await queue
          .release(
            batch.map((r) => r.event.id),
            false,
          )
          .catch(() => undefined);
        return waiting('stopped');
      }
      const result = await send(batchBody(batch, new Date(now()).toISOString()));
      const stop = await handle(batch, result);
      if (stop) return waiting(stop);
    }
  }

  async function run(force: boolean): Promise<FlushResult> {
    probing = firstRun;
    firstRun = false;
    if (paused && (!force || paused.kind !== 'backoff')) return waiting(paused.reason);
    paused = undefined;
    if (!leadership) return drain();
    const result = await leadership.run(drain);
    if (result) return result;
    schedule(LEASE_MS + 1000); // if the leading tab closes, this one takes over
    return waiting('another tab is sending');
  }

  function flush({ force = false }: { force?: boolean } = {}): Promise<FlushResult> {
    if (stopped) return waiting('stopped');
    if (running) {
      // The run under way may already have looked at the queue and missed what was just added:
      // callers during a run share one more run after it (never more than one waiting).
      forceNext ||= force;
      next ??= running.then(() => {
        next = undefined;
        const f = forceNext;
        forceNext = false;
        return flush({ force: f });
      });
      return next;
    }
    running = run(force).finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    flush,
    holding: () => paused !== undefined && paused.kind !== 'backoff',
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
