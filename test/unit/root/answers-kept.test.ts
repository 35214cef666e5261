// Faults that live in the composition root and the card: bad `identify` traits, a failed write,
// a thank-you note that swallowed the next prompt, consent withdrawal, and "Don't ask me again"
// given in another tab.
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { JOURNEY_KEY } from '../../../src/journey/memory';
import { createWaypoint } from '../../../src/root/waypoint';
import { createIdbStore } from '../../../src/storage/idb';
import type { KeyValueStore } from '../../../src/storage/store';
import { OPT_OUT_KEY, VISITOR_KEY } from '../../../src/targeting/visitor';
import { STATE_KEY } from '../../../src/targeting/visitor-state';
import { prompt, promptRoot, until } from '../helpers/page';

type Posted = { id: string; type: string; data: { context: { user?: unknown } } };

function start(extra: Record<string, unknown> = {}, storage: KeyValueStore = createIdbStore()) {
  const stored = new Map<string, Posted>();
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    for (const e of JSON.parse(String(init.body)) as Posted[]) stored.set(e.id, e);
    return new Response('{}', { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  const wp = createWaypoint(
    { site: 'acme', endpoint: 'https://collect.example.com/v1/events', ...extra },
    { fetch, storage, url: 'https://shop.example.com/account', stage: 'use' },
  );
  const errors: string[] = [];
  wp.on('error', (e) => errors.push(`${e.code}: ${e.message}`));
  return { wp, stored, errors, storage };
}

async function answerNps(score: string) {
  fireEvent.click(prompt().getByRole('radio', { name: score }));
  fireEvent.click(prompt().getByRole('button', { name: 'Send' }));
}

describe('identify traits', () => {
  it('keeps only strings, finite numbers and booleans, names what it dropped, and the answer still arrives', async () => {
    const { wp, stored, errors } = start();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const traits = {
      plan: 'pro',
      seats: 3,
      beta: true,
      none: null,
      when: new Date(),
      tags: ['a'],
      nan: Number.NaN,
      cyclic,
      get boom(): string {
        throw new Error('getter');
      },
    };
    wp.identify('user-1', traits as never);
    expect(errors).toEqual([
      'config: identify kept only string, finite number and boolean traits; dropped: none, when, tags, nan, cyclic, boom',
    ]);
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: true });
    await answerNps('9');
    await until(() =>
      expect([...stored.values()].some((e) => e.type === 'waypoint.answer')).toBe(true),
    );
    const answer = [...stored.values()].find((e) => e.type === 'waypoint.answer');
    expect(answer?.data.context.user).toEqual({
      id: 'user-1',
      traits: { plan: 'pro', seats: 3, beta: true },
    });
    wp.destroy();
  });
});

describe('the card after an answer', () => {
  it('says "not saved", with an error, when the write fails, instead of thanking', async () => {
    const store = createIdbStore();
    let broken = false;
    const failing: KeyValueStore = {
      ...store,
      kind: store.kind,
      transact: (prefix, decide) =>
        broken ? Promise.reject(new Error('disk on fire')) : store.transact(prefix, decide),
    };
    const { wp, errors } = start({}, failing);
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: true });
    broken = true;
    await answerNps('6');
    await until(() =>
      expect(
        prompt().getAllByText(
          'Sorry, your answer could not be saved, so it was not sent. Please try again later.',
        ).length,
      ).toBeGreaterThan(0),
    );
    expect(prompt().queryByText('Thank you!')).toBeNull();
    expect(errors.some((e) => e.startsWith('storage:') && e.includes('disk on fire'))).toBe(true);
    wp.destroy();
  });

  it('lets an ask replace the thank-you note at once', async () => {
    const { wp } = start();
    const answered = new Promise((resolve) => wp.on('answer', resolve));
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: true });
    await answerNps('8');
    await answered; // stored: the card now shows its thank-you note
    await until(() => expect(promptRoot().querySelector('.wp-thanks')).toBeTruthy());
    expect(await wp.ask('preventive-effort')).toMatchObject({ shown: true });
    expect(prompt().getByRole('radio', { name: '7' })).toBeTruthy();
    wp.destroy();
  });
});

describe('consent withdrawn', () => {
  it('wipes the visitor id, the journey and the visitor state, and writes nothing after', async () => {
    const { wp, storage } = start();
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: true });
    await until(async () => expect(await storage.get(STATE_KEY)).toBeDefined());
    expect(await storage.get(VISITOR_KEY)).toBeDefined();
    wp.consent(false);
    await until(async () => expect(await storage.get(VISITOR_KEY)).toBeUndefined());
    expect(await storage.get(JOURNEY_KEY)).toBeUndefined();
    expect(await storage.get(STATE_KEY)).toBeUndefined();
    expect(prompt).toThrow(); // the card is gone
    const set = vi.spyOn(storage, 'set');
    wp.stage('support');
    wp.track('anything');
    expect(await wp.ask('advocate-nps')).toEqual({ shown: false, reason: 'consent' });
    await new Promise((r) => setTimeout(r, 50));
    expect(set).not.toHaveBeenCalled();
    wp.destroy();
  });
});

describe('"Don\'t ask me again" in another tab', () => {
  it('holds for an ask in this tab', async () => {
    const storage = createIdbStore();
    const here = start({}, storage);
    expect(await here.wp.ask('advocate-nps')).toMatchObject({ shown: true });
    fireEvent.click(prompt().getByRole('button', { name: 'Not now' }));
    await storage.set(OPT_OUT_KEY, true); // what the other tab's "Don't ask me again" wrote
    expect(await here.wp.ask('advocate-nps')).toEqual({ shown: false, reason: 'opted-out' });
    here.wp.destroy();
  });
});
