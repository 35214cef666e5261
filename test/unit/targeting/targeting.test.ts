import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import type { Askable } from '../../../src/config/resolved';
import type { WaypointConfig } from '../../../src/config/schema';
import { createEmitter } from '../../../src/contract/events';
import { createMemoryStore } from '../../../src/storage/memory';
import * as engine from '../../../src/targeting/engine/engine';
import { TYPING_QUIET_MS } from '../../../src/targeting/engine/listeners/typing';
import { createTargeting, type Targeting } from '../../../src/targeting/targeting';
import { OPT_OUT_KEY } from '../../../src/targeting/visitor';
import { STATE_KEY, type VisitorState } from '../../../src/targeting/visitor-state';
import { DAY, NOW } from './fixtures';

const questions: WaypointConfig['questions'] = [
  { id: 'advocate-nps', quality: 'advocate', type: 'nps', text: 'Recommend?', stages: ['use'] },
  {
    id: 'preventive-effort',
    quality: 'preventive',
    type: 'effort',
    text: 'Easy?',
    stages: ['decide'],
    trigger: { on: 'event', event: 'paid', where: { plan: 'pro' } },
  },
  {
    id: 'perspective-words',
    quality: 'perspective',
    type: 'text',
    text: 'Words?',
    stages: ['use'],
    priority: -1,
  },
];

const running: Targeting[] = [];
afterEach(() => {
  for (const t of running.splice(0)) t.destroy();
  vi.restoreAllMocks();
});

/** A targeting unit with a fake prompt: `shown` lists what it would have shown. */
function setup(
  over: Partial<WaypointConfig> = {},
  o: { consented?: boolean; full?: boolean } = {},
) {
  const soon = vi.fn();
  const config = parseConfig({ endpoint: 'https://c.example/e', questions, ...over });
  const emitter = createEmitter();
  const store = createMemoryStore();
  const visitor = { id: 'visitor-1', optedOut: false };
  const shown: string[] = [];
  const errors: string[] = [];
  let stage: string | undefined = 'use';
  let now = NOW;
  let open = false;
  let ids = 0;
  let traits: Record<string, unknown> | undefined;
  const table = vi.fn();
  const info = vi.fn();
  const t = createTargeting(
    {
      config,
      doc: document,
      win: window,
      now: () => now,
      newId: () => `session-${++ids}`,
      stage: () => stage,
      consented: () => o.consented ?? true,
      open: () => t.attach({ store, visitor, isFull: async () => o.full ?? false }),
      promptOpen: () => open,
      who: () => ({ traits, device: 'desktop', locale: 'fr-CA' }),
      soon,
      async show(q: Askable, trigger: string) {
        shown.push(`${q.id} (${trigger})`);
        open = true;
        t.shown(q);
        emitter.emit('shown', { questionId: q.id, eventId: 'e', trigger });
      },
      error: (code, message) => errors.push(`${code}: ${message}`),
      out: { table, info },
    },
    async () => engine,
  );
  running.push(t);
  return {
    t,
    soon,
    store,
    visitor,
    shown,
    errors,
    emitter,
    table,
    info,
    setTraits: (t: Record<string, unknown> | undefined) => {
      traits = t;
    },
    setStage: (s: string | undefined) => {
      stage = s;
    },
    close: () => {
      open = false;
    },
    advance: (ms: number) => {
      now += ms;
    },
    settle: () => new Promise((r) => setTimeout(r, 0)),
  };
}

describe('createTargeting', () => {
  it('shows the chosen question of the stage entered, with its trigger', async () => {
    const s = setup();
    s.t.enterStage('use');
    await s.settle();
    expect(s.shown).toEqual(['advocate-nps (stage)']); // priority 0 beats -1
  });

  it('matches events with their properties', async () => {
    const s = setup();
    s.setStage('decide');
    s.t.fire({ kind: 'event', name: 'paid', props: { plan: 'free' } });
    s.t.fire({ kind: 'event', name: 'paid', props: { plan: 'pro' } });
    await s.settle();
    expect(s.shown).toEqual(['preventive-effort (event:paid)']);
  });

  it('records the prompt and holds to one per session, across pages', async () => {
    const s = setup();
    s.t.enterStage('use');
    await s.settle();
    s.close();
    s.t.dismissed('advocate-nps');
    s.t.enterStage('use');
    await s.settle();
    expect(s.shown).toHaveLength(1);
    const saved = (await s.store.get(STATE_KEY)) as VisitorState;
    expect(saved.session.prompts).toBe(1);
    expect(saved.questions['advocate-nps']).toMatchObject({ asks: 1, dismissals: 1 });

    // The next page, 20 days later: a new session; the dismissed question waits its 30 days.
    const next = setup();
    await next.store.set(STATE_KEY, saved);
    next.advance(20 * DAY);
    const copy = { ...saved, prompts: [] as VisitorState['prompts'] }; // budgets aside
    await next.store.set(STATE_KEY, copy);
    next.t.enterStage('use');
    await next.settle();
    expect(next.shown).toEqual(['perspective-words (stage)']);
  });

  it('never shows without consent, and opens no storage for it', async () => {
    const s = setup({}, { consented: false });
    s.t.enterStage('use');
    await s.settle();
    expect(s.shown).toEqual([]);
    expect(await s.store.get(STATE_KEY)).toBeUndefined();
  });

  it('never shows after "Don\'t ask me again", even one saved by another tab', async () => {
    const s = setup();
    await s.store.set(OPT_OUT_KEY, true);
    s.t.enterStage('use');
    await s.settle();
    expect(s.shown).toEqual([]);
  });

  it('shows nothing while the queue is full', async () => {
    const s = setup({}, { full: true });
    s.t.enterStage('use');
    await s.settle();
    expect(s.shown).toEqual([]);
  });

  const typeInto = (field: HTMLElement) =>
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));

  it('waits while the visitor types in a form field, then shows a pause after the last key', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const s = setup();
      const field = document.createElement('input');
      document.body.append(field);
      field.focus();
      s.t.enterStage('use');
      await vi.advanceTimersByTimeAsync(TYPING_QUIET_MS - 1000);
      typeInto(field);
      await vi.advanceTimersByTimeAsync(TYPING_QUIET_MS - 1);
      expect(s.shown).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(s.shown).toEqual(['advocate-nps (stage)']);
    } finally {
      vi.useRealTimers();
      document.body.replaceChildren();
    }
  });

  it('does not hold a prompt back for a focused field nobody types in', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const s = setup();
      const field = document.createElement('input');
      document.body.append(field);
      field.focus();
      s.t.enterStage('use');
      await vi.advanceTimersByTimeAsync(TYPING_QUIET_MS);
      expect(s.shown).toEqual(['advocate-nps (stage)']);
      expect(document.activeElement).toBe(field);
    } finally {
      vi.useRealTimers();
      document.body.replaceChildren();
    }
  });

  it('forgets a waiting prompt when the stage changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const s = setup();
      const field = document.createElement('input');
      document.body.append(field);
      field.focus();
      s.t.enterStage('use');
      await vi.advanceTimersByTimeAsync(0);
      typeInto(field);
      s.setStage('aware');
      s.t.enterStage('aware');
      await vi.advanceTimersByTimeAsync(TYPING_QUIET_MS * 2);
      expect(s.shown).toEqual([]);
    } finally {
      vi.useRealTimers();
      document.body.replaceChildren();
    }
  });

  it('prints every question with its eligibility and reason in debug mode', async () => {
    const s = setup({ debug: true });
    s.t.enterStage('use');
    await s.settle();
    // The debug table is its own chunk: it prints once that has loaded.
    await vi.waitFor(() =>
      expect(s.info).toHaveBeenCalledWith(
        '[waypoint]',
        'stage:use at stage "use" → showing "advocate-nps"',
      ),
    );
    expect(s.table).toHaveBeenCalledWith([
      {
        question: 'advocate-nps',
        quality: 'advocate',
        stages: 'use',
        trigger: 'stage',
        eligible: true,
        reason: 'eligible',
      },
      {
        question: 'preventive-effort',
        quality: 'preventive',
        stages: 'decide',
        trigger: 'event:paid',
        eligible: false,
        reason: 'trigger',
      },
      {
        question: 'perspective-words',
        quality: 'perspective',
        stages: 'use',
        trigger: 'stage',
        eligible: true,
        reason: 'eligible',
      },
    ]);
  });

  it('prints nothing without debug mode', async () => {
    const s = setup();
    s.t.enterStage('use');
    await s.settle();
    expect(s.table).not.toHaveBeenCalled();
    expect(s.info).not.toHaveBeenCalled();
  });
});

describe('audiences, schedules and surveys in targeting', () => {
  it('shows a plan: pro question only once identify gave that trait', async () => {
    const s = setup({
      questions: [
        {
          id: 'advocate-nps',
          quality: 'advocate',
          type: 'nps',
          text: 'Recommend?',
          stages: ['use'],
          trigger: { on: 'event', event: 'go' },
          audience: { traits: { plan: 'pro' } },
        },
      ],
    });
    s.t.fire({ kind: 'event', name: 'go' });
    await s.settle();
    expect(s.shown).toEqual([]);
    s.setTraits({ plan: 'free' });
    s.t.fire({ kind: 'event', name: 'go' });
    await s.settle();
    expect(s.shown).toEqual([]);
    s.setTraits({ plan: 'pro', seats: 3 });
    s.t.fire({ kind: 'event', name: 'go' });
    await s.settle();
    expect(s.shown).toEqual(['advocate-nps (event:go)']);
  });

  it('tells a new visitor from a returning one by their first session', async () => {
    const config = (visitor: 'new' | 'returning') => ({
      questions: [
        {
          id: 'advocate-nps',
          quality: 'advocate' as const,
          type: 'nps' as const,
          text: 'Recommend?',
          stages: ['use'],
          audience: { visitor },
        },
      ],
    });
    const fresh = setup(config('new'));
    fresh.t.enterStage('use');
    await fresh.settle();
    expect(fresh.shown).toEqual(['advocate-nps (stage)']);

    const back = setup(config('returning'));
    back.t.enterStage('use');
    await back.settle();
    expect(back.shown).toEqual([]); // the first session is this one
    await back.store.set(STATE_KEY, {
      ...((await back.store.get<VisitorState>(STATE_KEY)) as VisitorState),
      firstSession: 'an-earlier-session',
    });
    back.t.enterStage('use');
    await back.settle();
    expect(back.shown).toEqual(['advocate-nps (stage)']);
  });

  it('keeps a question out before its schedule starts and after it ends', async () => {
    const day = (offset: number) => {
      const d = new Date(NOW + offset * DAY);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const run = async (from: string, until: string) => {
      const s = setup({
        questions: [
          {
            id: 'advocate-nps',
            quality: 'advocate',
            type: 'nps',
            text: 'Recommend?',
            stages: ['use'],
            schedule: { from, until },
          },
        ],
      });
      s.t.enterStage('use');
      await s.settle();
      return s.shown.length;
    };
    expect(await run(day(1), day(5))).toBe(0);
    expect(await run(day(-5), day(-1))).toBe(0);
    expect(await run(day(0), day(0))).toBe(1); // from the start to the end of today
  });

  it('targets a survey like a question, by its stages and trigger', async () => {
    const s = setup({
      surveys: [
        {
          id: 'checkout-survey',
          steps: [{ question: 'preventive-effort' }, { question: 'advocate-nps' }],
          stages: ['decide'],
          trigger: { on: 'event', event: 'order_placed' },
          priority: 5,
        },
      ],
    });
    s.setStage('decide');
    s.t.enterStage('decide');
    await s.settle();
    expect(s.shown).toEqual([]);
    s.t.fire({ kind: 'event', name: 'order_placed' });
    await s.settle();
    expect(s.shown).toEqual(['checkout-survey (event:order_placed)']);
  });
});

describe('fetching the card early', () => {
  const later = (over: Record<string, unknown> = {}) => ({
    questions: [
      {
        id: 'advocate-nps',
        quality: 'advocate' as const,
        type: 'nps' as const,
        text: 'Recommend?',
        stages: ['use'],
        trigger: { on: 'delay' as const, seconds: 20 },
        ...over,
      },
    ],
  });

  it.each([
    ['a delay', { on: 'delay', seconds: 20 }],
    ['a scroll depth', { on: 'scroll', percent: 60 }],
    ['exit intent', { on: 'exit' }],
    ['idle time', { on: 'idle', seconds: 30 }],
  ])('says so when only %s keeps a question back', async (_name, trigger) => {
    const s = setup(later({ trigger }));
    s.t.enterStage('use');
    await s.settle();
    expect(s.shown).toEqual([]);
    expect(s.soon).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another stage', later({ stages: ['renew'] })],
    ['an event trigger (the visitor must act)', later({ trigger: { on: 'event', event: 'x' } })],
    ['a sample that leaves this visitor out', later({ sample: 0 })],
  ])('fetches nothing for %s', async (_name, config) => {
    const s = setup(config);
    s.t.enterStage('use');
    await s.settle();
    expect(s.soon).not.toHaveBeenCalled();
  });

  it('fetches nothing for a question in its cooldown', async () => {
    const s = setup(later());
    s.t.enterStage('use');
    await s.settle();
    s.t.answered('advocate-nps');
    s.soon.mockClear();
    s.t.enterStage('use');
    await s.settle();
    expect(s.soon).not.toHaveBeenCalled();
  });
});
