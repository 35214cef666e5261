/**
 * Delivery scheduling: lease a batch, send it, then delete, retry, split or dead-letter it
 * according to the endpoint's answer (RELIABILITY §3–4). One timer serves the whole queue, and
 * concurrent flush requests share one run.
 */
import type { WaypointEvents } from '../events';
import { backoffDelay } from '../transport/backoff';
import { toJson } from '../transport/json';
import type { SendResult } from '../transport/send';
import type { Queue, QueueRecord } from './queue';

export const BATCH_MAX_EVENTS = 50;
export const BATCH_MAX_BYTES = 64 * 1024;
/** Longer than a send's timeout, so a lease outlives the send that holds it. */
export const LEASE_MS = 30_000;
/** How long to wait before probing an endpoint that answered with a configuration error. */
export const CONFIG_PAUSE_MS = 3_600_000;

/** How a flush ended: `idle` when the queue is empty, `waiting` when records remain for later. */
export interface FlushResult {
  state: 'idle' | 'waiting';
  pending: number;
  /** Why records remain (backoff, paused endpoint, …). */
  reason?: string;
}

export interface FlusherOptions {
  queue: Queue;
  send: (body: string) => Promise<SendResult>;
  emit: <K extends 'sent' | 'error'>(name: K, payload: WaypointEvents[K]) => void;
  now?: () => number;
  random?: () => number;
}

export interface Flusher {
  flush(): Promise<FlushResult>;
  /** Cancels the retry timer; the queue keeps everything for the next page. */
  stop(): void;
}

/** Adds the send-time stamp to each event (the receiver can correct a wrong device clock). */
export function batchBody(records: readonly QueueRecord[], sentat: string): string {
  return toJson(records.map((r) => ({ ...r.event, sentat })));
}

export function createFlusher({
  queue,
  send,
  emit,
  now = Date.now,
  random = Math.random,
}: FlusherOptions): Flusher {
  let running: Promise<FlushResult> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let pausedUntil = 0;
  let pauseReason = '';
  let batchLimit = BATCH_MAX_EVENTS;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      flush().catch(() => undefined);
    }, ms);
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
        if (pausedUntil === 0)
          emit('error', {
            code: 'delivery',
            message: `${result.reason}; sending paused, nothing is lost`,
            ids,
          });
        pausedUntil = now() + CONFIG_PAUSE_MS;
        pauseReason = result.reason;
        schedule(CONFIG_PAUSE_MS);
        return result.reason;
      }
      case 'retry': {
        await queue.release(ids, true);
        const delay = result.retryAfterMs ?? backoffDelay(failures, random);
        failures++;
        pausedUntil = now() + delay;
        pauseReason = result.reason;
        schedule(delay);
        return `${result.reason}; retrying in ${Math.round(delay / 1000)} s`;
      }
    }
  }

  async function run(): Promise<FlushResult> {
    if (pausedUntil > now()) return waiting(pauseReason);
    pausedUntil = 0;
    for (;;) {
      const batch = await queue.lease(
        { maxEvents: batchLimit, maxBytes: BATCH_MAX_BYTES },
        LEASE_MS,
      );
      if (batch.length === 0) {
        const { count } = await queue.stats();
        // Records leased by another tab remain; that tab delivers them.
        return count
          ? { state: 'waiting', pending: count, reason: 'another tab is sending' }
          : { state: 'idle', pending: 0 };
      }
      const result = await send(batchBody(batch, new Date(now()).toISOString()));
      const stop = await handle(batch, result);
      if (stop) return waiting(stop);
    }
  }

  function flush(): Promise<FlushResult> {
    if (stopped) return waiting('stopped');
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    flush,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
