import { backoffDelay } from 'waypoint-feedback/wire';
import type { EventStorage, OutboxItem } from '../storage.ts';

export interface RelayOptions {
  storage: EventStorage;
  /** The CloudEvents sink (`FORWARD_URL`): a Knative broker, a Kafka bridge, any HTTP receiver. */
  url: string;
  fetch?: typeof fetch;
  /** Events claimed per round; each is sent on its own. */
  batch?: number;
  /** How long a claimed event stays leased to this process (a dead relay's lease runs out). */
  leaseMs?: number;
  /** How often an idle relay looks for work another process stored, or a retry that is due. */
  idleMs?: number;
  /** Per send; a sink that hangs counts as down. */
  timeoutMs?: number;
  /** Delay before retry `attempt` (0-based); default the SDK's full-jitter backoff. */
  backoff?: (attempt: number) => number;
}

export interface Relay {
  /** Looks for work now (the collector calls it after storing a batch). */
  nudge(): void;
  /** Runs rounds until nothing is due; resolves with how many events were delivered. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Relays each stored event from the outbox to `url` as one structured-mode CloudEvent
 * (`application/cloudevents+json`; brokers and Kafka bridges do not take batches). At least
 * once: an event leaves the outbox only after the sink's own 2xx (a redirect is not one);
 * otherwise it is due again after the SDK's backoff (full jitter, capped at 10 minutes), so an
 * outage loses nothing and blocks neither the collector nor the other events.
 *
 * @example
 * const relay = startRelay({ storage, url: process.env.FORWARD_URL });
 */
export function startRelay(options: RelayOptions): Relay {
  const send = options.fetch ?? fetch;
  const batch = options.batch ?? 20;
  const leaseMs = options.leaseMs ?? 30_000;
  const idleMs = options.idleMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const backoff = options.backoff ?? ((attempt: number) => backoffDelay(attempt));
  let stopped = false;
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function deliver(item: OutboxItem): Promise<boolean> {
    try {
      const response = await send(options.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/cloudevents+json; charset=utf-8' },
        body: JSON.stringify(item.event),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      return response.status >= 200 && response.status < 300;
    } catch {
      return false;
    }
  }

  async function round(): Promise<number> {
    const items = await options.storage.claimOutbox(batch, leaseMs);
    const results = await Promise.all(
      items.map(async (item) => {
        const ok = await deliver(item);
        const retryAt = ok ? undefined : new Date(Date.now() + backoff(item.attempts));
        await options.storage.settleOutbox(item, retryAt);
        return ok;
      }),
    );
    return items.length === 0 ? -1 : results.filter(Boolean).length;
  }

  async function drain(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const count = await round();
      if (count < 0 || stopped) return delivered;
      delivered += count;
    }
  }

  function schedule(delay: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, delay);
    timer.unref();
  }

  function run(): void {
    if (running || stopped) return;
    running = drain()
      .catch((error: unknown) => {
        console.error('[collector] forwarding paused after a storage error', error);
        return 0;
      })
      .finally(() => {
        running = undefined;
        schedule(idleMs);
      });
  }

  schedule(0);
  return {
    nudge: () => schedule(0),
    drain: async () => {
      // A round scheduled but not started yet would run beside this drain, and this drain
      // could end while that one still holds leased events.
      clearTimeout(timer);
      await running;
      try {
        return await drain();
      } finally {
        schedule(idleMs);
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
