/**
 * What a page loads from the device once storage may be used: the store, then the visitor, the
 * targeting state, the journey and the outbox stamps together, so that their reads share one
 * transaction (read-batch.ts).
 */
import type { WaypointOptions } from './api';
import type { ErrorCode } from './contract';
import type { JourneyRecorder } from './journey/recorder';
import { openPageStore } from './page-store';
import type { KeyValueStore } from './queue/storage';
import { mayHaveQueued } from './record/outbox';
import type { Targeting, TargetingHost } from './targeting/targeting';
import { loadVisitor, type Visitor } from './targeting/visitor';

/** What exists once storage may be used (after consent, when consent is required). */
export interface Core {
  store: KeyValueStore;
  visitor: Visitor;
}

export interface StartUp {
  options: Pick<WaypointOptions, 'storage' | 'openStorage'>;
  error(code: ErrorCode, message: string): void;
  now(): number;
  anonymous: boolean;
  newId(): string;
  targeting: Pick<Targeting, 'attach'>;
  journey: Pick<JourneyRecorder, 'attach'>;
  isFull: TargetingHost['isFull'];
}

/**
 * The core, and whether records an earlier page left behind may wait in the queue (only then
 * is delivery worth loading at once).
 */
export async function loadCore(o: StartUp): Promise<Core & { queued: Promise<boolean> }> {
  const store = await openPageStore(o.options, o.error);
  const checkedAt = o.now();
  // Targeting reads the visitor only once storage is open, after this.
  const visitor: Visitor = { id: undefined, optedOut: false };
  const loading = Promise.all([
    loadVisitor(store, o.anonymous, o.newId),
    o.targeting.attach({ store, visitor, isFull: o.isFull }),
    o.journey.attach(store),
  ]);
  // A device that held targeting state before may have queued records, even without stamps.
  const seenBefore = loading.then(
    ([, attached]) => attached.seenBefore,
    () => true,
  );
  const queued = mayHaveQueued(store, seenBefore, checkedAt).catch(() => true);
  const [loaded] = await loading;
  Object.assign(visitor, loaded);
  return { store, visitor, queued };
}
