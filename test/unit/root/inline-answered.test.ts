// An inline card the visitor completed is never asked again as if new: on the next page it is
// drawn as done or not at all, remembered after consent only. Through the whole runtime
// (happy-dom, fake IndexedDB).
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WaypointEvents } from '../../../src/contract/events';
import type { Waypoint } from '../../../src/root/waypoint';
import { createWaypoint } from '../../../src/root/waypoint';
import { createIdbStore } from '../../../src/storage/idb';
import type { KeyValueStore } from '../../../src/storage/store';
import { STATE_KEY, type VisitorState } from '../../../src/targeting/visitor-state';
import { prompt, until } from '../helpers/page';

const running: Waypoint[] = [];
afterEach(() => {
  for (const wp of running.splice(0)) wp.destroy();
});

const survey = {
  id: 'checkout-survey',
  steps: [{ question: 'preventive-effort' }, { question: 'advocate-nps' }],
  trigger: { on: 'manual' as const },
};

/** A page: a runtime over the device's IndexedDB, and an empty slot to render into. */
function page(extra: Record<string, unknown> = {}, storage = createIdbStore()) {
  const wp = createWaypoint(
    // No prompt asks itself: the bank's questions that may (sampled per visitor, so now and
    // then) would be a "shown" of their own, not the inline card's.
    {
      endpoint: 'https://c.example/e',
      surveys: [survey],
      limits: { promptsPerSession: 0 },
      ...extra,
    },
    {
      fetch: vi.fn(async () => new Response('{}', { status: 200 })) as never,
      storage,
      url: 'https://shop.example.com/checkout',
      stage: 'decide',
    },
  );
  running.push(wp);
  const shown: string[] = [];
  const errors: WaypointEvents['error'][] = [];
  wp.on('shown', (e) => shown.push(e.questionId));
  wp.on('error', (e) => errors.push(e));
  document.body.replaceChildren();
  const slot = document.createElement('div');
  slot.id = 'slot';
  document.body.append(slot);
  return { wp, slot, shown, errors };
}

/** The done card's message, as drawn. */
const doneText = (slot: Element) =>
  slot.querySelector('waypoint-prompt')?.shadowRoot?.querySelector('.wp-thanks .wp-title')
    ?.textContent;

const card = (slot: Element) => {
  const c = slot.querySelector('waypoint-prompt')?.shadowRoot?.querySelector('.wp-card');
  if (!c) throw new Error('no inline card');
  return within(c as HTMLElement);
};

/** Answers the step on screen and waits for what comes next (the next step, or thanks). */
async function answer(slot: Element, radio: string, next: RegExp) {
  fireEvent.click(card(slot).getByRole('radio', { name: radio }));
  fireEvent.click(card(slot).getByRole('button', { name: 'Send' }));
  await until(() => expect(card(slot).getAllByText(next).length).toBeGreaterThan(0));
}

/** The visitor state is written just after the answer: a page is left once it is. */
const saved = (id: string) =>
  until(async () =>
    expect(
      (await createIdbStore().get<VisitorState>(STATE_KEY))?.questions[id]?.completedAt,
    ).toBeTypeOf('number'),
  );

/** Answers the whole survey inline, then leaves the page. */
async function completeSurvey() {
  const p = page();
  expect(await p.wp.render(p.slot, 'checkout-survey')).toEqual({ shown: true });
  await answer(p.slot, '5', /recommend/);
  await answer(p.slot, '9', /Thank you/);
  await saved('checkout-survey');
  p.wp.destroy();
}

/** The device's store, on a slow phone: reads of the visitor state can be held. */
function slowState() {
  const store = createIdbStore();
  let held: Promise<void> | undefined;
  let reading = 0;
  const wait = async () => {
    reading++;
    await held;
    reading--;
  };
  const slow: KeyValueStore = {
    ...store,
    async get<T>(key: string) {
      const value = await store.get<T>(key);
      if (key === STATE_KEY && held) await wait();
      return value;
    },
    // A re-read and write of the state (targeting's sync) waits before its transaction starts.
    async transact(prefix, decide, read) {
      if (prefix === STATE_KEY && held) await wait();
      return store.transact(prefix, decide, read);
    },
  };
  return {
    slow,
    reading: () => reading,
    /** Holds reads of the visitor state (and its read-and-writes) until the returned function is called. */
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
  };
}

describe('render() of a survey the visitor completed', () => {
  it('draws it as done on the next page, records no "shown", and offers nothing to answer', async () => {
    await completeSurvey();
    const next = page();
    expect(await next.wp.render('#slot', 'checkout-survey')).toEqual({
      shown: true,
      answered: true,
    });
    expect(doneText(next.slot)).toBe('You answered this — thank you.');
    expect(card(next.slot).queryByRole('radio')).toBeNull();
    expect(card(next.slot).queryByRole('button', { name: 'Send' })).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(next.shown).toEqual([]);
    expect(next.errors.map((e) => e.message)).toEqual([]);
  });

  it('remembers it when another card re-read the state as it was completed', async () => {
    const device = slowState();
    const first = page({}, device.slow);
    const aside = document.createElement('aside');
    document.body.append(aside);
    await first.wp.render(first.slot, 'checkout-survey');
    await answer(first.slot, '5', /recommend/);
    // Another inline card reads the visitor state, slowly, as the survey's last answer goes in.
    const release = device.hold();
    const other = first.wp.render(aside, 'advocate-nps');
    await until(() => expect(device.reading()).toBe(1));
    await answer(first.slot, '9', /Thank you/);
    release();
    expect(await other).toEqual({ shown: true });
    // Then that card is answered too, which the page records in the same visitor state.
    await answer(aside, '7', /Thank you/);
    await saved('advocate-nps');
    first.wp.destroy();
    const next = page();
    expect(await next.wp.render(next.slot, 'checkout-survey')).toEqual({
      shown: true,
      answered: true,
    });
  });

  it("draws nothing with { answered: 'hide' }", async () => {
    await completeSurvey();
    const next = page();
    expect(await next.wp.render(next.slot, 'checkout-survey', { answered: 'hide' })).toEqual({
      shown: false,
      reason: 'answered',
    });
    expect(next.slot.querySelector('waypoint-prompt')).toBeNull();
    expect(next.shown).toEqual([]);
    expect(next.errors.map((e) => e.message)).toEqual([]);
  });

  it('says done in the page language', async () => {
    await completeSurvey();
    const next = page({ locale: 'fr' });
    await next.wp.render(next.slot, 'checkout-survey');
    expect(doneText(next.slot)).toBe('Vous avez déjà répondu — merci\u202f!');
  });

  it('asks again as new a survey left after its first step', async () => {
    const first = page();
    await first.wp.render(first.slot, 'checkout-survey');
    await answer(first.slot, '5', /recommend/);
    first.wp.destroy();
    const next = page();
    expect(await next.wp.render(next.slot, 'checkout-survey')).toEqual({ shown: true });
    expect(card(next.slot).getByRole('radio', { name: '5' })).toBeTruthy();
  });

  it('counts a question answered in a prompt too: it is done inline', async () => {
    const first = page();
    expect(await first.wp.ask('advocate-nps')).toMatchObject({ shown: true });
    fireEvent.click(prompt().getByRole('radio', { name: '9' }));
    fireEvent.click(prompt().getByRole('button', { name: 'Send' }));
    await saved('advocate-nps');
    first.wp.destroy();
    const next = page();
    expect(await next.wp.render(next.slot, 'advocate-nps')).toEqual({
      shown: true,
      answered: true,
    });
  });

  it('forgets it when consent is withdrawn, and asks again as new after consent', async () => {
    await completeSurvey();
    const next = page({ privacy: { requireConsent: true } });
    next.wp.consent(true);
    expect(await next.wp.render(next.slot, 'checkout-survey')).toMatchObject({ answered: true });
    next.wp.consent(false);
    await until(async () => expect(await createIdbStore().get(STATE_KEY)).toBeUndefined());
    next.wp.consent(true);
    expect(await next.wp.render(next.slot, 'checkout-survey')).toEqual({ shown: true });
  });

  it('refuses an unknown "answered" option, naming it', async () => {
    const p = page();
    const result = await p.wp.render(p.slot, 'checkout-survey', { answered: 'never' as 'hide' });
    expect(result).toEqual({ shown: false, reason: 'config' });
    await until(() =>
      expect(p.errors[0]?.message).toMatch(/"answered" must be "thanks" or "hide"/),
    );
  });
});
