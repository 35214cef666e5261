// A card wired to spies the way the core wires it, over a config with a branching survey, and
// helpers to answer it as a customer would.
import { within } from '@testing-library/dom';
import { fireEvent } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import { resolveConfig } from '../../../src/config/resolve';
import type { RecordResult } from '../../../src/contract/types';
import { type Card, createCard } from '../../../src/ui/card';
import type { CardMoment, CardOptions } from '../../../src/ui/card-options';
import { pack } from '../../../src/ui/i18n/en';
import { HOST_TAG } from '../../../src/ui/mount';

export { pack };

/** A 3-step checkout survey: a low effort score asks about obstacles, a "yes" there ends it. */
export const CONFIG = resolveConfig({
  endpoint: 'https://collect.example.com/v1/events',
  questions: [
    {
      id: 'preventive-effort',
      quality: 'preventive',
      type: 'effort',
      text: 'How easy was checking out?',
      followUp: { when: { max: 3 }, text: 'What made it difficult?' },
    },
    {
      id: 'operational-obstacles',
      quality: 'operational',
      type: 'yesno',
      text: 'Did any of our rules get in your way?',
    },
    {
      id: 'advocate-nps',
      quality: 'advocate',
      type: 'nps',
      text: 'How likely are you to recommend us?',
    },
    {
      id: 'duration-need',
      quality: 'duration',
      type: 'choice',
      text: 'What brought you here?',
      shuffle: true,
      options: [
        { id: 'buy', text: 'To buy' },
        { id: 'compare', text: 'To compare' },
        { id: 'help', text: 'To get help' },
        { id: 'learn', text: 'To learn' },
        { id: 'other', text: 'Something else', fixed: true },
      ],
    },
  ],
  surveys: [
    {
      id: 'checkout',
      steps: [
        {
          question: 'preventive-effort',
          next: [{ when: { max: 3 }, goto: 'operational-obstacles' }, { goto: 'advocate-nps' }],
        },
        { question: 'operational-obstacles', next: [{ when: { in: ['yes'] }, goto: 'end' }] },
        { question: 'advocate-nps' },
      ],
    },
  ],
});

export const question = (id: string) => {
  const q = CONFIG.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
export const SURVEY = CONFIG.surveys[0] as (typeof CONFIG.surveys)[number];

/** A card whose `record` stores every moment (or fails those `fails` picks) and keeps it. */
export function cardWith(o: { fails?: (m: CardMoment) => boolean; locale?: string } = {}) {
  const moments: CardMoment[] = [];
  let ids = 0;
  let responses = 0;
  const options = {
    doc: document,
    config: CONFIG,
    locale: o.locale ?? 'en',
    error: vi.fn(),
    sendsVisitorId: () => true,
    isOffline: () => false,
    newId: vi.fn(() => `response-${++responses}`),
    seed: () => 'visitor-1',
    record: vi.fn(async (m: CardMoment): Promise<RecordResult> => {
      if (o.fails?.(m)) return { id: `e${++ids}`, stored: false, persisted: false };
      moments.push(m);
      return { id: `e${++ids}`, stored: true, persisted: true };
    }),
    onShown: vi.fn(),
    onAnswer: vi.fn(),
    onDismissed: vi.fn(),
    onOptOut: vi.fn(),
    flush: vi.fn(),
  } satisfies CardOptions;
  const card: Card = createCard(options);
  return { card, options, moments };
}

/** Every card host on the page: floating (in <body>) and inline (in their elements). */
export const hosts = () => [...document.querySelectorAll<HTMLElement>(HOST_TAG)];

/** The shadow root of `host` (the first card on the page by default). */
export function rootOf(host: Element | undefined = hosts()[0]): ShadowRoot {
  if (!host?.shadowRoot) throw new Error('no card on the page');
  return host.shadowRoot;
}

/** Testing Library queries inside `host`'s card. */
export function cardIn(host?: Element) {
  const card = rootOf(host).querySelector<HTMLElement>('.wp-card');
  if (!card) throw new Error('no .wp-card');
  return within(card);
}

/** The question on screen in `host`'s card. */
export const heading = (host?: Element) => rootOf(host).querySelector('.wp-title')?.textContent;

/** The progress shown in `host`'s card, if any. */
export const progress = (host?: Element) =>
  rootOf(host).querySelector('.wp-progress')?.textContent ?? undefined;

/** Answers the step on screen (a radio by name, then an optional follow-up) and sends it. */
export async function answer(value: string, followUp?: string, host?: Element) {
  const card = cardIn(host);
  const before = heading(host);
  fireEvent.click(card.getByRole('radio', { name: value }));
  if (followUp !== undefined)
    fireEvent.input(card.getByRole('textbox'), { target: { value: followUp } });
  fireEvent.click(card.getByRole('button', { name: 'Send' }));
  // The step is stored, then the next one (or the thank-you) replaces it.
  await vi.waitFor(() => expect([before, 'Saving your answer…']).not.toContain(heading(host)));
}

/** The moments in the order recorded, as compact rows. */
export const rows = (moments: CardMoment[]) =>
  moments.map((m) => [
    m.type.replace('waypoint.', ''),
    m.question.id,
    m.response?.step,
    m.response?.complete,
    m.answer?.value ?? m.reason,
  ]);
