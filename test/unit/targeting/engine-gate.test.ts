// The core loads the targeting engine (triggers and decisions) only when the config could ask
// something on its own on the stage entered: a config of `ask`-only questions never loads it,
// yet what the card shows still counts against the caps and the session stays alive.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import type { WaypointConfig } from '../../../src/config/schema';
import type { Askable } from '../../../src/contract';
import { createMemoryStore } from '../../../src/queue/storage-memory';
import * as engine from '../../../src/targeting/engine';
import { createTargeting, type Targeting } from '../../../src/targeting/targeting';
import { STATE_KEY, type VisitorState } from '../../../src/targeting/visitor-state';
import { NOW } from './fixtures';

const manual: NonNullable<WaypointConfig['questions']> = [
  {
    id: 'manual-nps',
    quality: 'advocate',
    type: 'nps',
    text: 'Recommend?',
    trigger: { on: 'manual' },
  },
];
const onPaid: NonNullable<WaypointConfig['questions']>[number] = {
  id: 'paid-effort',
  quality: 'preventive',
  type: 'effort',
  text: 'Easy?',
  stages: ['decide'],
  trigger: { on: 'event', event: 'paid' },
};
const onUse: NonNullable<WaypointConfig['questions']>[number] = {
  id: 'use-nps',
  quality: 'advocate',
  type: 'nps',
  text: 'Recommend?',
  stages: ['use'],
};

const running: Targeting[] = [];
afterEach(() => {
  for (const t of running.splice(0)) t.destroy();
});

function setup(over: Partial<WaypointConfig>, load = vi.fn(async () => engine)) {
  const config = parseConfig({ endpoint: 'https://c.example/e', ...over });
  const store = createMemoryStore();
  const shown: string[] = [];
  const errors: string[] = [];
  let stage = 'aware';
  let now = NOW;
  let ids = 0;
  const t = createTargeting(
    {
      config,
      doc: document,
      win: window,
      now: () => now,
      newId: () => `session-${++ids}`,
      stage: () => stage,
      consented: () => true,
      open: () =>
        t.attach({ store, visitor: { id: 'v', optedOut: false }, isFull: async () => false }),
      promptOpen: () => false,
      who: () => ({ traits: undefined, device: 'desktop', locale: 'en' }),
      async show(q) {
        shown.push(q.id);
      },
      error: (code, message) => errors.push(`${code}: ${message}`),
      out: { table: vi.fn(), info: vi.fn() },
    },
    load,
  );
  running.push(t);
  return {
    t,
    config,
    load,
    store,
    shown,
    errors,
    goTo(s: string) {
      stage = s;
      t.enterStage(s);
    },
    advance(ms: number) {
      now += ms;
    },
    attach: () =>
      t.attach({ store, visitor: { id: 'v', optedOut: false }, isFull: async () => false }),
    settle: () => new Promise((r) => setTimeout(r, 0)),
  };
}

describe('the targeting engine gate', () => {
  it('never loads the engine for a config of manual questions, on any stage or event', async () => {
    const s = setup({ questions: manual });
    await s.attach();
    s.goTo('aware');
    s.goTo('use');
    s.t.fire({ kind: 'event', name: 'paid' });
    await s.settle();
    expect(s.load).not.toHaveBeenCalled();
    expect(s.shown).toEqual([]);
  });

  it('still counts what the card shows and keeps the session alive without the engine', async () => {
    const s = setup({ questions: manual });
    const { session } = await s.attach();
    s.t.shown(s.config.questions[0] as Askable); // an `ask`
    s.advance(20 * 60_000);
    s.goTo('use'); // a navigation, 20 minutes later
    await s.settle();
    const saved = (await s.store.get(STATE_KEY)) as VisitorState;
    expect(saved.session.id).toBe(session);
    expect(saved.session.prompts).toBe(1);
    expect(saved.session.lastActiveAt).toBe(NOW + 20 * 60_000);
    expect(s.load).not.toHaveBeenCalled();
  });

  it('loads it on the first stage where a question asks itself, and then decides', async () => {
    const s = setup({ questions: [...manual, onUse] });
    s.goTo('aware');
    await s.settle();
    expect(s.load).not.toHaveBeenCalled();
    s.goTo('use');
    await vi.waitFor(() => expect(s.shown).toEqual(['use-nps']));
    expect(s.load).toHaveBeenCalledTimes(1);
  });

  it('loads it for a tracked event that a question of this stage waits for, and no other', async () => {
    const s = setup({ questions: [onPaid] });
    s.goTo('use');
    s.t.fire({ kind: 'event', name: 'paid' }); // not its stage
    s.goTo('decide'); // its stage, but it waits for the event
    s.t.fire({ kind: 'event', name: 'viewed' });
    await s.settle();
    expect(s.load).toHaveBeenCalledTimes(1); // entering "decide" could lead to a prompt
    expect(s.shown).toEqual([]);
    s.t.fire({ kind: 'event', name: 'paid' });
    await vi.waitFor(() => expect(s.shown).toEqual(['paid-effort']));
  });

  it('loads it in debug mode, whose table shows every decision', async () => {
    const s = setup({ questions: manual, debug: true });
    s.goTo('use');
    await s.settle();
    expect(s.load).toHaveBeenCalledTimes(1);
  });

  it('reports an engine that cannot load, and tries again on the next stage', async () => {
    const load = vi
      .fn<() => Promise<typeof engine>>()
      .mockRejectedValueOnce(new Error('blocked'))
      .mockResolvedValue(engine);
    const s = setup({ questions: [onUse] }, load);
    s.goTo('use');
    await s.settle();
    expect(s.errors).toEqual(['render: could not load targeting: Error: blocked']);
    s.goTo('use');
    await vi.waitFor(() => expect(s.shown).toEqual(['use-nps']));
  });
});
