// Inline cards (`render`) and the other customer-initiated card, the launcher's: in the page's
// flow, replaced in place, gone with their element, and never offering "Don't ask me again".
import { readFileSync } from 'node:fs';
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../../src/ui/card';
import { en } from '../../../src/ui/i18n/en';
import { HOST_TAG } from '../../../src/ui/mount';
import '../helpers/page';
import {
  answer,
  cardIn,
  cardWith,
  heading,
  hosts,
  pack,
  question,
  rootOf,
  rows,
  SURVEY,
} from './card-fixtures';

const place = () => {
  const el = document.createElement('div');
  document.body.append(el, document.createElement('footer'));
  return el;
};
const inlineIn = (el: Element) => el.querySelector<HTMLElement>(`:scope > ${HOST_TAG}`);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('customer-initiated cards', () => {
  it.each([
    ['a prompt', true, (c: Card) => c.show(question('advocate-nps'), 'stage', pack)],
    ['a prompt asked for', true, (c: Card) => c.show(SURVEY, 'manual', pack)],
    ['the launcher’s card', false, (c: Card) => c.show(SURVEY, 'launcher', pack)],
    ['an inline question', false, (c: Card) => c.render(place(), question('advocate-nps'), pack)],
    ['an inline survey', false, (c: Card) => c.render(place(), SURVEY, pack)],
  ])('%s offers "Don\'t ask me again": %s', async (_name, optOut, open) => {
    const { card } = cardWith();
    await open(card);
    const buttons = cardIn(hosts()[0])
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(buttons.includes(en.optOut)).toBe(optOut);
    for (const name of [en.send, en.notNow, en.why]) expect(buttons).toContain(name);
  });
});

describe('inline cards', () => {
  it('sit in the page’s flow inside their element: static, no z-index, own shadow root', () => {
    const el = place();
    const { card } = cardWith();
    card.render(el, question('advocate-nps'), pack);
    const host = inlineIn(el) as HTMLElement;
    expect(host.parentElement).toBe(el);
    expect(host.hasAttribute('data-inline')).toBe(true);
    expect(host.hasAttribute('data-position')).toBe(false);
    expect(host.dataset.theme).toBe('auto');
    expect(host.style.getPropertyValue('position')).toBe('static');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(host.style.getPropertyValue('z-index')).toBe('auto');
    expect(host.style.getPropertyValue('--wp-accent-light')).toBe('#4f46e5');
    expect(rootOf(host).mode).toBe('open');
    expect(rootOf(host).adoptedStyleSheets).toHaveLength(1);
    expect(card.isOpen).toBe(false);
  });

  it('are laid out by the stylesheet as static, full width up to a readable maximum', () => {
    const css = readFileSync('src/ui/styles/host.css', 'utf8');
    const rule = /:host\(\[data-inline\]\) \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/position: static !important/);
    expect(rule).toMatch(/z-index: auto !important/);
    expect(rule).toMatch(/\swidth: auto !important/);
    expect(rule).toMatch(/max-width: [^;]*\d+px\) !important/);
  });

  it('record shown themselves, with the trigger "inline", and tell the core', async () => {
    const { card, moments, options } = cardWith();
    card.render(place(), SURVEY, pack);
    await vi.waitFor(() => expect(options.onShown).toHaveBeenCalled());
    expect(options.onShown).toHaveBeenCalledWith(SURVEY, 'e1', 'inline', {
      id: 'response-1',
      survey: 'checkout',
      step: 1,
      steps: 3,
      complete: false,
    });
    await answer('6');
    expect(moments.map((m) => m.trigger)).toEqual(['inline', 'inline']);
  });

  it('thank in place after the answer, and stay there', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = place();
    const { card } = cardWith();
    card.render(el, question('advocate-nps'), pack);
    await answer('9');
    expect(heading()).toBe(en.thanks);
    vi.advanceTimersByTime(60_000);
    expect(inlineIn(el)).toBeTruthy();
    expect(heading(inlineIn(el) ?? undefined)).toBe(en.thanks);
    card.delivered(['e2']);
    expect(rootOf(inlineIn(el) ?? undefined).querySelector('.wp-status')?.textContent).toBe(
      en.sent,
    );
  });

  it('go when the customer closes the thank-you or dismisses them', async () => {
    const { card, moments } = cardWith();
    const a = place();
    const b = place();
    card.render(a, question('advocate-nps'), pack);
    card.render(b, question('advocate-nps'), pack);
    await answer('9', undefined, inlineIn(a) ?? undefined);
    fireEvent.click(cardIn(inlineIn(a) ?? undefined).getByRole('button', { name: en.close }));
    expect(inlineIn(a)).toBeNull();
    fireEvent.click(cardIn(inlineIn(b) ?? undefined).getByRole('button', { name: en.notNow }));
    expect(inlineIn(b)).toBeNull();
    await vi.waitFor(() => expect(moments.at(-1)?.type).toBe('waypoint.prompt.dismissed'));
    expect(moments.at(-1)).toMatchObject({ trigger: 'inline', reason: 'dismiss' });
  });

  it('replace the card already in their element when rendered there again', async () => {
    const el = place();
    const { card } = cardWith();
    card.render(el, question('advocate-nps'), pack);
    const first = inlineIn(el);
    card.render(el, SURVEY, pack);
    expect(el.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(first?.isConnected).toBe(false);
    expect(heading(inlineIn(el) ?? undefined)).toBe('How easy was checking out?');
  });

  it.each([
    ['its element', (el: Element) => el.remove()],
    ['the card itself', (el: Element) => inlineIn(el)?.remove()],
    ['the whole page body', () => document.body.replaceChildren()],
  ])('unmount cleanly when %s leaves the page; unmount() is idempotent', async (_name, remove) => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const el = place();
    const { card, moments } = cardWith();
    const inline = card.render(el, SURVEY, pack);
    const host = inlineIn(el) as HTMLElement;
    const root = rootOf(host);
    remove(el);
    await vi.waitFor(() => expect(root.childNodes).toHaveLength(0));
    expect(host.isConnected).toBe(false);
    expect(disconnect).toHaveBeenCalledOnce();
    inline.unmount();
    inline.unmount();
    expect(disconnect).toHaveBeenCalledOnce();
    // Gone is not dismissed: the customer did nothing.
    await vi.waitFor(() => expect(moments).toHaveLength(1));
    expect(rows(moments)).toEqual([['prompt.shown', 'preventive-effort', 1, false, undefined]]);
  });

  it('unmount() takes the card out of its element', () => {
    const el = place();
    const { card } = cardWith();
    const inline = card.render(el, question('advocate-nps'), pack);
    inline.unmount();
    expect(inlineIn(el)).toBeNull();
    inline.unmount();
  });

  it('live side by side with one floating card; each close() minds its own', async () => {
    const { card } = cardWith();
    const a = place();
    const b = place();
    card.render(a, question('advocate-nps'), pack);
    card.render(b, SURVEY, pack);
    await card.show(question('operational-obstacles'), 'stage', pack);
    expect(hosts()).toHaveLength(3);
    expect(card.isOpen).toBe(true);
    card.close();
    expect(hosts()).toHaveLength(2);
    expect(inlineIn(a)).toBeTruthy();
    await card.show(question('operational-obstacles'), 'stage', pack);
    card.closeInline();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.parentElement).toBe(document.body);
    expect(card.isOpen).toBe(true);
  });

  it('answer independently of each other', async () => {
    const { card, moments } = cardWith();
    const a = place();
    const b = place();
    card.render(a, SURVEY, pack);
    card.render(b, SURVEY, pack);
    await answer('6', undefined, inlineIn(b) ?? undefined);
    await answer('2', undefined, inlineIn(a) ?? undefined);
    const answers = moments.filter((m) => m.type === 'waypoint.answer');
    expect(answers.map((m) => [m.response?.id, m.answer?.value])).toEqual([
      ['response-2', 6],
      ['response-1', 2],
    ]);
    expect(heading(inlineIn(a) ?? undefined)).toBe('Did any of our rules get in your way?');
    expect(heading(inlineIn(b) ?? undefined)).toBe('How likely are you to recommend us?');
  });
});
