import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/storage/memory';
import {
  freshState,
  isCompleted,
  loadVisitorState,
  recordAnswered,
  recordDismissed,
  recordShown,
  SESSION_IDLE_MS,
  STATE_KEY,
  saveVisitorState,
  touchSession,
} from '../../../src/targeting/visitor-state';
import { DAY, NOW } from './fixtures';

const MIN = 60_000;
let n = 0;
const newId = () => `session-${++n}`;

describe('touchSession', () => {
  it.each([
    ['1 minute later', MIN, 'same'],
    ['29 minutes later', 29 * MIN, 'same'],
    ['exactly 30 minutes later', SESSION_IDLE_MS, 'same'],
    ['31 minutes later', 31 * MIN, 'new'],
    ['a day later', DAY, 'new'],
    ['the clock moved back an hour', -60 * MIN, 'same'],
  ])('%s → %s session', (_name, idle, expected) => {
    const s = {
      ...freshState('s0', NOW),
      session: { id: 's0', startedAt: NOW, lastActiveAt: NOW, prompts: 1 },
    };
    const next = touchSession(s, NOW + idle, newId);
    expect(next.session.id === 's0' ? 'same' : 'new').toBe(expected);
    if (expected === 'new')
      expect(next.session).toMatchObject({ startedAt: NOW + idle, prompts: 0 });
    else expect(next.session.prompts).toBe(1);
  });

  it('keeps a session alive while there is activity at least every 30 minutes', () => {
    let s = freshState('s0', NOW);
    for (let i = 1; i <= 10; i++) s = touchSession(s, NOW + i * 25 * MIN, newId);
    expect(s.session.id).toBe('s0');
  });
});

describe('recording asks, answers and dismissals', () => {
  it('counts and timestamps each per question, per session and per quality', () => {
    let s = freshState('s0', NOW);
    s = recordShown(
      s,
      { at: NOW, question: 'advocate-nps', quality: 'advocate', stage: 'use' },
      30 * DAY,
    );
    s = recordAnswered(s, 'advocate-nps', NOW + 5000);
    s = recordShown(
      s,
      { at: NOW + DAY, question: 'choice-freedom', quality: 'choice', stage: 'decide' },
      30 * DAY,
    );
    s = recordDismissed(s, 'choice-freedom', NOW + DAY + 1000);
    expect(s.session.prompts).toBe(2);
    expect(s.lastPromptAt).toBe(NOW + DAY);
    expect(s.questions['advocate-nps']).toEqual({
      askedAt: NOW,
      answeredAt: NOW + 5000,
      completedAt: NOW + 5000,
      asks: 1,
      answers: 1,
      dismissals: 0,
    });
    expect(s.questions['choice-freedom']).toMatchObject({
      dismissedAt: NOW + DAY + 1000,
      dismissals: 1,
    });
    expect(s.qualities).toEqual({ advocate: NOW, choice: NOW + DAY });
    expect(s.prompts.map((p) => p.stage)).toEqual(['use', 'decide']);
  });

  it('keeps only the prompts the longest budget window needs', () => {
    let s = freshState('s0', NOW);
    for (let d = 0; d < 200; d += 10) {
      s = recordShown(
        s,
        { at: NOW + d * DAY, question: `q${d}`, quality: 'advocate', stage: 'use' },
        90 * DAY,
      );
    }
    expect(
      s.prompts.every((p) => s.lastPromptAt !== undefined && s.lastPromptAt - p.at <= 90 * DAY),
    ).toBe(true);
    expect(s.prompts).toHaveLength(10);
  });
});

describe('loading and saving through the storage adapter', () => {
  it('survives a reload, continuing the session within 30 minutes', async () => {
    const store = createMemoryStore();
    const first = await loadVisitorState(store, NOW, () => 'a');
    await saveVisitorState(
      store,
      recordShown(first, { at: NOW, question: 'q', quality: 'advocate', stage: 'use' }, DAY),
    );
    const again = await loadVisitorState(store, NOW + 10 * MIN, () => 'b');
    expect(again.session).toMatchObject({ id: 'a', prompts: 1 });
    const later = await loadVisitorState(store, NOW + 2 * 60 * MIN, () => 'c');
    expect(later.session).toMatchObject({ id: 'c', prompts: 0 });
    expect(later.questions.q?.asks).toBe(1);
  });

  it.each([undefined, null, 'x', { session: {} }, { session: { id: 's', lastActiveAt: 1 } }])(
    'starts afresh from a stored %j',
    async (stored) => {
      const store = createMemoryStore();
      await store.set(STATE_KEY, stored);
      expect(await loadVisitorState(store, NOW, () => 'fresh')).toEqual(freshState('fresh', NOW));
    },
  );
});

describe('completion', () => {
  const s0 = freshState('s1', 1000);
  it.each<[string, boolean | undefined, boolean]>([
    ['a question answered (no step said) is completed', undefined, true],
    ["a survey's last step completes it", true, true],
    ["a survey's earlier step does not", false, false],
  ])('%s', (_name, complete, expected) => {
    const s = recordAnswered(s0, 'x', 2000, complete);
    expect(isCompleted(s, 'x')).toBe(expected);
    expect(s.questions.x?.answeredAt).toBe(2000);
  });

  it('is kept when a later answer is partial, and unknown ids are not completed', () => {
    const s = recordAnswered(recordAnswered(s0, 'x', 2000, true), 'x', 3000, false);
    expect(s.questions.x?.completedAt).toBe(2000);
    expect(isCompleted(s, 'y')).toBe(false);
  });
});
