/**
 * What a page loads from the device once storage may be used: the store, then the visitor,
 * the targeting state and the journey together, so that their reads share one transaction
 * (read-batch.ts).
 */
import type { WaypointOptions } from './api';
import type { ErrorCode } from './contract';
import type { JourneyRecorder } from './journey/recorder';
import { openPageStore } from './page-store';
import type { KeyValueStore } from './queue/storage';
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
  anonymous: boolean;
  newId(): string;
  targeting: Pick<Targeting, 'attach'>;
  journey: Pick<JourneyRecorder, 'attach'>;
  isFull: TargetingHost['isFull'];
}

/** The core, and whether this device held targeting state before this page. */
export async function loadCore(o: StartUp): Promise<Core & { seenBefore: boolean }> {
  const store = await openPageStore(o.options, o.error);
  // Targeting reads the visitor only once storage is open, after this.
  const visitor: Visitor = { id: undefined, optedOut: false };
  const [loaded, attached] = await Promise.all([
    loadVisitor(store, o.anonymous, o.newId),
    o.targeting.attach({ store, visitor, isFull: o.isFull }),
    o.journey.attach(store),
  ]);
  Object.assign(visitor, loaded);
  return { store, visitor, seenBefore: attached.seenBefore };
}
