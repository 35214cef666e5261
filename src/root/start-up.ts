/**
 * What a page loads from the device once storage may be used: the store, then the visitor, the
 * targeting state, the journey and the outbox stamps together, so that their reads share one
 * transaction (read-batch.ts).
 */

import { mayHaveQueued } from '../delivery/outbox';
import type { JourneyRecorder } from '../journey/recorder';
import { gateWrites, WITHDRAWN } from '../privacy/gated-store';
import type { KeyValueStore } from '../storage/store';
import type { Targeting, TargetingHost } from '../targeting/targeting';
import { loadVisitor, type Visitor } from '../targeting/visitor';

/** What exists once storage may be used (after consent, when consent is required). */
export interface Core {
  store: KeyValueStore;
  visitor: Visitor;
}

export interface StartUp {
  /** The device's store, opened once per page (`openPageStore`). */
  device: Promise<KeyValueStore>;
  anonymous: boolean;
  newId(): string;
  targeting: Pick<Targeting, 'attach'>;
  journey: Pick<JourneyRecorder, 'attach'>;
  isFull: TargetingHost['isFull'];
  /** Where this config's records are kept apart (endpoint and site). */
  scope: string;
  /** False once consent was withdrawn after this start began: nothing more is written. */
  live(): boolean;
}

/**
 * The core, and whether records an earlier page left behind may wait in the queue (only then
 * is delivery worth loading at once).
 */
export async function loadCore(o: StartUp): Promise<Core & { queued: Promise<boolean> }> {
  const opened = await o.device;
  if (!o.live()) throw new Error(WITHDRAWN);
  const store = gateWrites(opened, o.live);
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
  const queued = mayHaveQueued(store, o.scope, seenBefore).catch(() => true);
  const [loaded] = await loading;
  Object.assign(visitor, loaded);
  return { store, visitor, queued };
}
