// The core loads the targeting engine (triggers and decisions) only when the config could ask
// something on its own on the stage entered: a config of `ask`-only questions never loads it,
// yet what the card shows still counts against the caps and the session stays alive.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import type { Askable } from '../../../src/config/resolved';
import type { WaypointConfig } from '../../../src/config/schema';
import { createMemoryStore } from '../../../src/storage/memory';
import * as engine from '../../../src/targeting/engine/engine';
import { createTargeting, type Targeting } from '../../../src/targeting/targeting';
import { freshState, STATE_KEY, type VisitorState } from '../../../src/targeting/visitor-state';
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

function setup(
  over: Partial<WaypointConfig>,
  load = vi.fn(async () => engine),
  o: { consented?: boolean; optedOut?: boolean } = {},
) {
  const config = parseConfig({ endpoint: 'https://c.example/e', ...over });
  const store = createMemoryStore();
  const shown: string[] = [];
  const errors: string[] = [];
  let stage = 'aware';
  let now = NOW;
  let ids = 0;
  let opened: ReturnType<Targeting['attach']> | undefined;
  const visitor = { id: 'v', optedOut: o.optedOut ?? false };
  // Storage opens once, like the runtime's.
  const attach = () => {
    opened ??= t.attach({ store, visitor, isFull: async () => false });
    return opened;
  };
  const t = createTargeting(
    {
      config,
      doc: document,
      win: window,
      now: () => now,
      newId: () => `session-${++ids}`,
      stage: () => stage,
      consented: () => o.consented ?? true,
      open: attach,
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
    attach,
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

  it('does not load it while one prompt per session has been shown in this session', async () => {
    const s = setup({ questions: [onUse] });
    const asked = freshState('session-0', NOW - 60_000);
    await s.store.set(STATE_KEY, { ...asked, session: { ...asked.session, prompts: 1 } });
    s.goTo('use');
    await s.settle();
    expect(s.load).not.toHaveBeenCalled();
    expect(s.shown).toEqual([]);
    // The session was still kept alive by the visit.
    expect(((await s.store.get(STATE_KEY)) as VisitorState).session.lastActiveAt).toBe(NOW);
  });

  it('does not load it while the last prompt is more recent than the days between prompts', async () => {
    const recent = { ...freshState('old', NOW - 86_400_000), lastPromptAt: NOW - 86_400_000 };
    const s = setup({ questions: [onUse], limits: { daysBetweenPrompts: 7 } });
    await s.store.set(STATE_KEY, recent);
    s.goTo('use');
    await s.settle();
    expect(s.load).not.toHaveBeenCalled();
    // Eight days on, the same state lets the engine decide.
    const later = setup({ questions: [onUse], limits: { daysBetweenPrompts: 7 } });
    await later.store.set(STATE_KEY, recent);
    later.advance(7 * 86_400_000);
    later.goTo('use');
    await vi.waitFor(() => expect(later.shown).toEqual(['use-nps']));
  });

  it('does not load it for a visitor who opted out, nor before consent', async () => {
    const out = setup({ questions: [onUse] }, undefined, { optedOut: true });
    out.goTo('use');
    const noConsent = setup({ questions: [onUse] }, undefined, { consented: false });
    noConsent.goTo('use');
    await out.settle();
    expect(out.load).not.toHaveBeenCalled();
    expect(noConsent.load).not.toHaveBeenCalled();
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

  it('counts a card shown while it was deciding: no second prompt in the session', async () => {
    const config = parseConfig({ endpoint: 'https://c.example/e', questions: [...manual, onUse] });
    const store = createMemoryStore();
    const shown: string[] = [];
    let opened: ReturnType<Targeting['attach']> | undefined;
    const t: Targeting = createTargeting(
      {
        config,
        doc: document,
        win: window,
        now: () => NOW,
        newId: () => 'session-1',
        stage: () => 'use',
        consented: () => true,
        open: () => {
          // While targeting reads the queue, an `ask` shows its card (and it is answered).
          const isFull = async () => {
            t.shown(config.questions[0] as Askable);
            return false;
          };
          opened ??= t.attach({ store, visitor: { id: 'v', optedOut: false }, isFull });
          return opened;
        },
        promptOpen: () => false,
        who: () => ({ traits: undefined, device: 'desktop', locale: 'en' }),
        async show(q) {
          shown.push(q.id);
        },
        error: () => undefined,
      },
      async () => engine,
    );
    running.push(t);
    t.enterStage('use');
    await vi.waitFor(async () =>
      expect(((await store.get(STATE_KEY)) as VisitorState).session.prompts).toBe(1),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(shown).toEqual([]);
  });
});
