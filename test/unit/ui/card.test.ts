// The card as the core drives it: one question or a whole survey in one card, each step stored
// before the next shows, honest about failures, and the shuffled order recorded as shown.
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResponseRef } from '../../../src/contract/types';
import { shuffled } from '../../../src/model/shuffle';
import { pack as arabic } from '../../../src/ui/i18n/ar';
import { en } from '../../../src/ui/i18n/en';
import '../helpers/page';
import {
  answer,
  cardIn,
  cardWith,
  heading,
  hosts,
  pack,
  progress,
  question,
  rootOf,
  rows,
  SURVEY,
} from './card-fixtures';

const announced = (text: string) =>
  vi.waitFor(() => expect(rootOf().querySelector('[aria-live]')?.textContent).toBe(text));
const status = () => rootOf().querySelector('.wp-status')?.textContent;
const response = (step: number, complete = false, id = 'response-1'): ResponseRef => ({
  id,
  survey: 'checkout',
  step,
  steps: 3,
  complete,
});
const SHOWN = ['prompt.shown', 'preventive-effort', 1, false, undefined];

afterEach(() => {
  vi.useRealTimers();
});

describe('createCard with one question', () => {
  it('records shown, then the answer, with the trigger and the text as shown', async () => {
    const { card, moments, options } = cardWith();
    const q = question('advocate-nps');
    expect(await card.show(q, 'event:order_delivered', pack)).toBe('e1');
    expect(options.onShown).toHaveBeenCalledWith(q, 'e1', 'event:order_delivered', undefined);
    await answer('9');
    expect(moments).toEqual([
      {
        type: 'waypoint.prompt.shown',
        question: q,
        trigger: 'event:order_delivered',
        text: 'How likely are you to recommend us?',
      },
      {
        type: 'waypoint.answer',
        question: q,
        trigger: 'event:order_delivered',
        text: 'How likely are you to recommend us?',
        answer: { value: 9 },
      },
    ]);
    expect(options.onAnswer).toHaveBeenCalledWith(q, {
      questionId: 'advocate-nps',
      eventId: 'e2',
      value: 9,
      persisted: true,
    });
    expect(options.flush).toHaveBeenCalledOnce();
    expect(progress()).toBeUndefined();
  });

  it('says "Saving…" only for a write that takes over 100 ms, and until it is done', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { card, options } = cardWith();
    let land = () => undefined as unknown;
    options.record.mockImplementationOnce(async () => ({
      id: 'e1',
      stored: true,
      persisted: true,
    }));
    await card.show(question('advocate-nps'), 'stage', pack);
    options.record.mockImplementationOnce(
      () =>
        new Promise((r) => {
          land = () => r({ id: 'e2', stored: true, persisted: true });
        }),
    );
    fireEvent.click(cardIn().getByRole('radio', { name: '9' }));
    fireEvent.click(cardIn().getByRole('button', { name: 'Send' }));
    await vi.advanceTimersByTimeAsync(50);
    expect(heading()).not.toBe('Saving your answer…'); // nothing drawn before the write lands
    await vi.advanceTimersByTimeAsync(60);
    expect(heading()).toBe('Saving your answer…');
    await vi.advanceTimersByTimeAsync(5000);
    expect(heading()).toBe('Saving your answer…'); // until the write is done, however long
    land();
    await vi.advanceTimersByTimeAsync(0);
    expect(status()).toBe(en.savedLater);
  });

  it('says "sent" when delivery acknowledged the answer before its write reported back', async () => {
    const { card, options } = cardWith();
    await card.show(question('advocate-nps'), 'stage', pack);
    options.record.mockImplementationOnce(async () => {
      card.delivered(['e-fast']); // the flush raced ahead of the write's own reply
      return { id: 'e-fast', stored: true, persisted: true };
    });
    await answer('9');
    expect(heading()).toBe(en.sent);
  });

  it('takes one answer at a time: a second Send while the first is being written is ignored', async () => {
    const { card, options } = cardWith();
    await card.show(question('advocate-nps'), 'stage', pack);
    fireEvent.click(cardIn().getByRole('radio', { name: '9' }));
    const send = cardIn().getByRole('button', { name: 'Send' });
    fireEvent.click(send);
    fireEvent.click(send);
    await vi.waitFor(() => expect(status()).toBe(en.savedLater));
    expect(options.record.mock.calls.map(([m]) => m.type)).toEqual([
      'waypoint.prompt.shown',
      'waypoint.answer',
    ]);
  });

  it('thanks, and gives way after a few seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { card } = cardWith();
    await card.show(question('advocate-nps'), 'stage', pack);
    await answer('9');
    expect(status()).toBe(en.savedLater);
    expect(card.isOpen).toBe(false);
    vi.advanceTimersByTime(6000);
    expect(hosts()).toHaveLength(0);
  });

  it('records an opt-out as a dismissal and tells the core', async () => {
    const { card, moments, options } = cardWith();
    await card.show(question('advocate-nps'), 'stage', pack);
    fireEvent.click(cardIn().getByRole('button', { name: "Don't ask me again" }));
    await vi.waitFor(() => expect(options.onDismissed).toHaveBeenCalled());
    expect(options.onOptOut).toHaveBeenCalledOnce();
    expect(moments[1]).toMatchObject({ type: 'waypoint.prompt.dismissed', reason: 'opt-out' });
    expect(hosts()).toHaveLength(0);
  });
});

describe('createCard with a survey', () => {
  it.each([
    [
      'an easy checkout skips the obstacles step',
      [['6'], ['9']],
      [SHOWN, ['answer', 'preventive-effort', 1, false, 6], ['answer', 'advocate-nps', 3, true, 9]],
    ],
    [
      'a hard one asks about obstacles, then the NPS',
      [['2', 'The form'], ['No'], ['4']],
      [
        SHOWN,
        ['answer', 'preventive-effort', 1, false, 2],
        ['answer', 'operational-obstacles', 2, false, 'no'],
        ['answer', 'advocate-nps', 3, true, 4],
      ],
    ],
    [
      'an obstacle ends it early',
      [['3'], ['Yes']],
      [
        SHOWN,
        ['answer', 'preventive-effort', 1, false, 3],
        ['answer', 'operational-obstacles', 2, true, 'yes'],
      ],
    ],
  ])('walks its steps in one card: %s', async (_name, steps, expected) => {
    const { card, moments } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    for (const [value, followUp] of steps) await answer(value as string, followUp);
    expect(rows(moments)).toEqual(expected);
    expect(new Set(moments.map((m) => m.response?.id))).toEqual(new Set(['response-1']));
    for (const m of moments) expect(m.response).toMatchObject({ survey: 'checkout', steps: 3 });
    expect(moments.every((m) => m.trigger === 'stage')).toBe(true);
    expect(hosts()).toHaveLength(1);
    expect(heading()).toBe('Thank you!');
  });

  it('tells the core: shown once for step 1, each stored step with its response, flush after each', async () => {
    const { card, options } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    expect(options.onShown).toHaveBeenCalledExactlyOnceWith(SURVEY, 'e1', 'stage', response(1));
    await answer('6');
    expect(options.flush).toHaveBeenCalledTimes(1);
    expect(options.onAnswer).toHaveBeenLastCalledWith(SURVEY, {
      questionId: 'preventive-effort',
      eventId: 'e2',
      value: 6,
      persisted: true,
      response: response(1),
    });
    await answer('10');
    expect(options.flush).toHaveBeenCalledTimes(2);
    expect(options.onAnswer).toHaveBeenLastCalledWith(SURVEY, {
      questionId: 'advocate-nps',
      eventId: 'e3',
      value: 10,
      persisted: true,
      response: response(3, true),
    });
    expect(options.onShown).toHaveBeenCalledOnce();
  });

  it('sends a step’s follow-up with it when the answer is in its range', async () => {
    const { card, moments } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    await answer('2', '  The address form ');
    expect(moments[1]?.answer).toEqual({ value: 2, followUp: 'The address form' });
  });

  it('takes a new response id each time it is shown', async () => {
    const { card, moments } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    await card.show(SURVEY, 'stage', pack);
    expect(moments.map((m) => m.response?.id)).toEqual(['response-1', 'response-2']);
    expect(hosts()).toHaveLength(1);
  });

  it('shows its progress, the step’s place among the steps, and announces it politely', async () => {
    const { card } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    expect(progress()).toBe('1 of 3');
    await announced('1 of 3. How easy was checking out?');
    await answer('2');
    expect(progress()).toBe('2 of 3');
    await announced('2 of 3. Did any of our rules get in your way?');
    await answer('No');
    expect(progress()).toBe('3 of 3');
    await announced('3 of 3. How likely are you to recommend us?');
    // The radio group stays named by the question alone.
    expect(
      cardIn().getByRole('radiogroup', { name: 'How likely are you to recommend us?' }),
    ).toBeTruthy();
  });

  it('shows its progress in the page’s language, right to left in Arabic', async () => {
    const { card } = cardWith({ locale: 'ar' });
    await card.show(SURVEY, 'stage', arabic);
    expect(rootOf().querySelector('.wp-card')?.getAttribute('dir')).toBe('rtl');
    expect(progress()).toBe('1 من 3');
    expect(cardIn().getByRole('button', { name: 'ليس الآن' })).toBeTruthy();
  });

  it('counts a skipped step in the progress: 1 of 3, then 3 of 3', async () => {
    const { card } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    await answer('7');
    expect(progress()).toBe('3 of 3');
  });

  it('moves a keyboard user’s focus to the next question, but never takes focus on first show', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const { card } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    expect(document.activeElement).toBe(outside);
    expect(rootOf().activeElement).toBeNull();
    const radio = cardIn().getByRole('radio', { name: '6' });
    fireEvent.click(radio);
    radio.focus();
    fireEvent.submit(rootOf().querySelector('form') as HTMLFormElement);
    await vi.waitFor(() => expect(heading()).toBe('How likely are you to recommend us?'));
    expect(rootOf().activeElement).toBe(rootOf().querySelector('.wp-title'));
  });

  it('leaves focus alone when the step was answered without focus in the card', async () => {
    const { card } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    fireEvent.click(cardIn().getByRole('radio', { name: '6' }));
    fireEvent.submit(rootOf().querySelector('form') as HTMLFormElement);
    await vi.waitFor(() => expect(heading()).toBe('How likely are you to recommend us?'));
    expect(rootOf().activeElement).toBeNull();
  });

  it.each([
    ['"Not now"', 'dismiss'],
    ['Escape', 'escape'],
  ])(
    'can be dismissed mid-way with %s: the step on screen’s response, earlier answers kept',
    async (how, reason) => {
      const { card, moments, options } = cardWith();
      await card.show(SURVEY, 'stage', pack);
      await answer('2');
      if (how === 'Escape')
        fireEvent.keyDown(cardIn().getByRole('radio', { name: 'No' }), { key: 'Escape' });
      else fireEvent.click(cardIn().getByRole('button', { name: 'Not now' }));
      await vi.waitFor(() => expect(options.onDismissed).toHaveBeenCalled());
      expect(rows(moments)).toEqual([
        SHOWN,
        ['answer', 'preventive-effort', 1, false, 2],
        ['prompt.dismissed', 'operational-obstacles', 2, false, reason],
      ]);
      expect(options.onDismissed).toHaveBeenCalledWith(SURVEY, {
        questionId: 'operational-obstacles',
        eventId: 'e3',
        reason,
        response: response(2),
      });
      expect(options.flush).toHaveBeenCalledTimes(2);
      expect(hosts()).toHaveLength(0);
      expect(card.isOpen).toBe(false);
    },
  );

  it('says so honestly when a step cannot be stored, and does not move on', async () => {
    const { card, moments, options } = cardWith({
      fails: (m) => m.question.id === 'operational-obstacles' && m.type === 'waypoint.answer',
    });
    await card.show(SURVEY, 'stage', pack);
    await answer('2');
    await answer('Yes');
    expect(status()).toBe(en.failed);
    await announced(en.failed);
    expect(cardIn().queryByRole('radio')).toBeNull();
    expect(progress()).toBeUndefined();
    expect(rows(moments)).toEqual([SHOWN, ['answer', 'preventive-effort', 1, false, 2]]);
    expect(options.onAnswer).toHaveBeenCalledOnce();
    expect(options.flush).toHaveBeenCalledOnce();
  });

  it('reports a write that throws, and says the answer was not saved', async () => {
    const { card, options } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    options.record.mockRejectedValueOnce(new Error('disk on fire'));
    await answer('6');
    expect(status()).toBe(en.failed);
    expect(options.error).toHaveBeenCalledWith('storage', expect.stringContaining('disk on fire'));
  });

  it('thanks as honestly as its least safe step: one kept only in memory says so', async () => {
    const { card, options } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    options.record.mockResolvedValueOnce({ id: 'e2', stored: true, persisted: false });
    await answer('6');
    await answer('9');
    expect(status()).toBe(en.notSaved);
  });

  it('says "sent" only once every step’s answer is delivered', async () => {
    const { card } = cardWith();
    await card.show(SURVEY, 'stage', pack);
    await answer('6');
    await answer('9');
    expect(status()).toBe(en.savedLater);
    card.delivered(['e3']);
    expect(status()).toBe(en.savedLater);
    card.delivered(['e1', 'e2']);
    expect(status()).toBe(en.sent);
  });

  it.each([
    ['names no known question', [{ question: 'nope' }]],
    ['has no steps', []],
  ])('refuses to show a survey that %s', async (_n, steps) => {
    const { card } = cardWith();
    const broken = { ...SURVEY, steps };
    await expect(card.show(broken, 'stage', pack)).rejects.toThrow(/no question, or an unknown/);
    expect(hosts()).toHaveLength(0);
  });
});

describe('createCard with a shuffled choice', () => {
  const q = question('duration-need');
  const given = (q.options ?? []).map((o) => o.id);
  const radios = () =>
    cardIn()
      .getAllByRole('radio')
      .map((r) => r.getAttribute('value'));

  it('shows the visitor’s sticky order, the fixed option in place, and records the order shown', async () => {
    const order = shuffled(q.options ?? [], 'visitor-1', q.id).map((o) => o.id);
    expect(order).not.toEqual(given); // else this seed shows nothing
    const { card, moments } = cardWith();
    await card.show(q, 'stage', pack);
    expect(radios()).toEqual(order);
    expect(order.at(-1)).toBe('other');
    await answer('To compare');
    expect(moments[1]?.answer).toEqual({ value: 'compare', order });
  });

  it('records no order for options shown as given', async () => {
    const { card, moments } = cardWith();
    await card.show({ ...q, shuffle: false }, 'stage', pack);
    expect(radios()).toEqual(given);
    await answer('To compare');
    expect(moments[1]?.answer).toEqual({ value: 'compare' });
  });
});
