// The visitor state is one record that every page of the device (and every tab) rewrites. What
// one page records must survive the others' writes and its own re-reads: a completion dropped
// there would ask a survey the visitor finished again as new on the next page.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { createMemoryStore } from '../../../src/storage/memory';
import { createResilientStore } from '../../../src/storage/resilient';
import type { KeyValueStore } from '../../../src/storage/store';
import * as engine from '../../../src/targeting/engine/engine';
import { createTargeting } from '../../../src/targeting/targeting';
import { STATE_KEY, type VisitorState } from '../../../src/targeting/visitor-state';
import { NOW } from './fixtures';

const config = parseConfig({
  endpoint: 'https://c.example/e',
  surveys: [
    {
      id: 'checkout-survey',
      steps: [{ question: 'preventive-effort' }, { question: 'advocate-nps' }],
      trigger: { on: 'manual' },
    },
  ],
});
const nps = config.questions.find((q) => q.id === 'advocate-nps');

/** A store whose reads of the visitor state can be held, as a slow phone's IndexedDB would. */
function slowStore(store: KeyValueStore) {
  let held: Promise<void> | undefined;
  return {
    ...store,
    get: async <T>(key: string) => {
      const value = await store.get<T>(key);
      if (key === STATE_KEY && held) await held;
      return value;
    },
    /** Holds every read of the state until the returned function is called. */
    hold(): () => void {
      let release!: () => void;
      held = new Promise((r) => {
        release = r;
      });
      return () => {
        held = undefined;
        release();
      };
    },
  } as KeyValueStore & { hold(): () => void };
}

/** One page's targeting over the device's `store`, attached as the start-up does. */
async function page(store: KeyValueStore, at = NOW) {
  const t = createTargeting(
    {
      config,
      now: () => at,
      newId: () => 'session-1',
      stage: () => 'decide',
      consented: () => true,
      open: async () => undefined,
      promptOpen: () => false,
      who: () => ({ traits: undefined, device: 'desktop', locale: 'en' }),
      show: async () => undefined,
      error: (code, message) => {
        throw new Error(`${code}: ${message}`);
      },
    },
    async () => engine,
  );
  await t.attach({ store, visitor: { id: 'v', optedOut: false }, isFull: async () => false });
  return t;
}

const stored = async (store: KeyValueStore) =>
  (await store.get<VisitorState>(STATE_KEY))?.questions ?? {};

describe('the visitor state, written by several pages', () => {
  it('keeps a completion recorded while the page re-read the state', async () => {
    const store = slowStore(createMemoryStore());
    const t = await page(store);
    // The engine (or `completed`) re-reads the state; the visitor finishes the survey meanwhile.
    const release = store.hold();
    const reading = t.completed('advocate-nps');
    t.answered('checkout-survey', true);
    release();
    await reading;
    // Then the page records something else: the prompt the engine chose.
    t.shown(nps as NonNullable<typeof nps>);
    expect(await t.completed('checkout-survey')).toBe(true);
    const q = await stored(store);
    expect(q['checkout-survey']?.completedAt).toBe(NOW);
    expect(q['advocate-nps']?.asks).toBe(1);
  });

  it("never drops a completion another page wrote since this page's last read", async () => {
    const store = createMemoryStore();
    const first = await page(store);
    const second = await page(store, NOW + 1000);
    second.answered('checkout-survey', true);
    expect(await second.completed('checkout-survey')).toBe(true);
    // The first page, still open, records a dismissal from what it read when it loaded.
    first.dismissed('advocate-nps');
    expect(await first.completed('advocate-nps')).toBe(false);
    const q = await stored(store);
    expect(q['checkout-survey']?.completedAt).toBe(NOW + 1000);
    expect(q['advocate-nps']?.dismissals).toBe(1);
    expect(await second.completed('checkout-survey')).toBe(true);
  });

  it('keeps both changes when two pages write at the same moment (one atomic read and write)', async () => {
    const store = createMemoryStore();
    const first = await page(store);
    const second = await page(store, NOW + 1000);
    // Two tabs record at once: a read of each before either writes would lose one of them.
    first.dismissed('advocate-nps');
    second.answered('checkout-survey', true);
    await Promise.all([first.completed('advocate-nps'), second.completed('checkout-survey')]);
    const q = await stored(store);
    expect(q['advocate-nps']?.dismissals).toBe(1);
    expect(q['checkout-survey']?.completedAt).toBe(NOW + 1000);
  });

  it('keeps a change when its transaction is tried again on the next backend', async () => {
    // IndexedDB reads and decides, then fails to commit: the resilient store runs the same
    // read and write again on localStorage, and the change must be in that second write too.
    const dying = createMemoryStore();
    const broken: KeyValueStore = {
      ...dying,
      async transact(prefix, decide, read) {
        // The decision runs on what is stored; its changes never land.
        await dying.transact(
          prefix,
          (e: Parameters<typeof decide>[0]) => {
            decide(e);
            return { changes: {}, result: undefined };
          },
          read,
        );
        throw new Error('the connection closed while committing');
      },
    };
    const next = createMemoryStore();
    const store = createResilientStore(
      [
        { kind: 'indexeddb', open: () => broken },
        { kind: 'localstorage', open: () => next },
      ],
      () => undefined,
    );
    const t = await page(store);
    t.dismissed('advocate-nps');
    expect(await t.completed('advocate-nps')).toBe(false);
    expect((await stored(next))['advocate-nps']?.dismissals).toBe(1);
  });
});
