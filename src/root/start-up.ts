/**
 * Storage opened once consent allows (DESIGN §6): the store, then the visitor, the targeting
 * state, the journey and the outbox stamps together, so that their reads share one transaction.
 */

import { mayHaveQueued } from '../delivery/outbox';
import type { JourneyRecorder } from '../journey/recorder';
import { gateWrites, WITHDRAWN } from '../privacy/gated-store';
import type { KeyValueStore } from '../storage/store';
import type { Targeting, TargetingHost } from '../targeting/targeting';
import { loadVisitor, refreshOptOut, saveOptOut, type Visitor } from '../targeting/visitor';

/** What exists once storage may be used (after consent, when consent is required). */
export interface Core {
  store: KeyValueStore;
  visitor: Visitor;
}

export interface StartUp {
  anonymous: boolean;
  newId(): string;
  targeting: Pick<Targeting, 'attach' | 'detach'>;
  journey: Pick<JourneyRecorder, 'attach' | 'detach'>;
  isFull: TargetingHost['isFull'];
  /** Where this config's records are kept apart (endpoint and site). */
  scope: string;
}

/**
 * Storage opened on the first consented `start`, on the device `openDevice` opens once per page.
 * `ready` hears it open; `queued`, that records an earlier page left may wait in the queue (only
 * then is delivery worth loading at once). Each consented start is a generation: withdrawing
 * consent (`end`) ends it, and nothing more is written.
 */
export function createStart(
  o: StartUp,
  consented: () => boolean,
  openDevice: () => Promise<KeyValueStore>,
  ready: (store: KeyValueStore) => void,
  queued: () => void,
) {
  let generation = 0;
  let device: Promise<KeyValueStore> | undefined;
  let core: Promise<Core> | undefined;
  let live: Core | undefined;
  async function open(gen: number): Promise<Core> {
    const current = () => gen === generation;
    device ??= openDevice();
    const opened = await device;
    if (!current()) throw new Error(WITHDRAWN);
    const store = gateWrites(opened, current);
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
    const waits = mayHaveQueued(store, o.scope, seenBefore).catch(() => true);
    Object.assign(visitor, (await loading)[0]);
    if (!current()) {
      // Withdrawn while the device was read: what the start-up attached goes again.
      o.targeting.detach();
      o.journey.detach();
      throw new Error(WITHDRAWN);
    }
    live = { store, visitor };
    ready(store);
    if ((await waits) && current()) queued();
    return live;
  }
  function start(): Promise<Core> {
    if (!consented()) return Promise.reject(new Error('no consent to store anything'));
    core ??= open(generation);
    return core;
  }
  return {
    start,
    /** The core, with the opt-out another tab may have recorded since this page loaded. */
    fresh: () => start().then((c) => refreshOptOut(c.store, c.visitor).then(() => c)),
    /** "Don't ask me again": kept for this visitor on this device. */
    optOut: () => start().then((c) => saveOptOut(c.store, c.visitor)),
    /** The core once it is open, for what must not wait for it. */
    live: () => live,
    started: () => !!core,
    /** Ends this generation; hands back the device, for the visitor to be wiped from it. */
    end() {
      generation++;
      core = undefined;
      live = undefined;
      return device;
    },
  };
}
