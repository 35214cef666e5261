import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isEditable,
  TYPING_QUIET_MS,
  watchTyping,
} from '../../../../src/targeting/engine/listeners/typing';

function el(tag: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  document.body.append(e);
  return e;
}

describe('isEditable', () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['input', {}, true],
    ['input', { type: 'email' }, true],
    ['input', { type: 'search' }, true],
    ['input', { type: 'password' }, true],
    ['input', { type: 'number' }, true],
    ['textarea', {}, true],
    ['select', {}, true],
    ['div', { contenteditable: 'true' }, true],
    ['input', { type: 'checkbox' }, false],
    ['input', { type: 'radio' }, false],
    ['input', { type: 'submit' }, false],
    ['input', { type: 'button' }, false],
    ['button', {}, false],
    ['a', { href: '/x' }, false],
    ['div', {}, false],
  ])('<%s %j> → %s', (tag, attrs, expected) => {
    expect(isEditable(el(tag, attrs))).toBe(expected);
  });

  it('is false for nothing focused', () => {
    expect(isEditable(null)).toBe(false);
  });
});

describe('watchTyping', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    (document.activeElement as HTMLElement | null)?.blur();
  });

  const key = (target: Element, key = 'a') =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  const input = (target: Element) =>
    target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));

  it('does not take focus alone for typing (an autofocused field)', () => {
    const onStop = vi.fn();
    const watch = watchTyping(document, { onStop });
    const search = el('input', { type: 'search' }) as HTMLInputElement;
    search.focus();
    expect(watch.typing()).toBe(false);
    vi.advanceTimersByTime(TYPING_QUIET_MS * 3);
    expect(watch.typing()).toBe(false);
    expect(onStop).not.toHaveBeenCalled();
    watch.destroy();
  });

  it('takes a field focused before it began for typing, for one quiet moment only', () => {
    const onStop = vi.fn();
    const search = el('input', { type: 'search' }) as HTMLInputElement;
    search.focus();
    const watch = watchTyping(document, { onStop });
    expect(watch.typing()).toBe(true);
    vi.advanceTimersByTime(TYPING_QUIET_MS);
    expect(watch.typing()).toBe(false);
    expect(onStop).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TYPING_QUIET_MS * 3);
    expect(watch.typing()).toBe(false);
    watch.destroy();
  });

  it('says typing after a keystroke in a field, until a quiet moment after the last one', () => {
    const onStop = vi.fn();
    const watch = watchTyping(document, { onStop });
    const email = el('input', { type: 'email' }) as HTMLInputElement;
    email.focus();
    key(email);
    expect(watch.typing()).toBe(true);
    vi.advanceTimersByTime(TYPING_QUIET_MS - 1);
    key(email, 'b');
    vi.advanceTimersByTime(TYPING_QUIET_MS - 1);
    expect(watch.typing()).toBe(true);
    expect(onStop).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(watch.typing()).toBe(false);
    expect(onStop).toHaveBeenCalledTimes(1);
    watch.destroy();
  });

  it('counts input without a key (a phone keyboard, a paste) as typing', () => {
    const onStop = vi.fn();
    const watch = watchTyping(document, { onStop });
    const area = el('textarea');
    input(area);
    expect(watch.typing()).toBe(true);
    vi.advanceTimersByTime(TYPING_QUIET_MS);
    expect(watch.typing()).toBe(false);
    expect(onStop).toHaveBeenCalledTimes(1);
    watch.destroy();
  });

  it('does not count keys outside form fields (page shortcuts, scrolling)', () => {
    const onStop = vi.fn();
    const watch = watchTyping(document, { onStop });
    key(el('div'), 'ArrowDown');
    key(el('button'), 'Enter');
    expect(watch.typing()).toBe(false);
    vi.advanceTimersByTime(TYPING_QUIET_MS);
    expect(onStop).not.toHaveBeenCalled();
    watch.destroy();
  });

  it('keeps typing across fields: tabbing on to the next field is a keystroke too', () => {
    const onStop = vi.fn();
    const watch = watchTyping(document, { onStop });
    const name = el('input');
    const city = el('input');
    key(name);
    vi.advanceTimersByTime(TYPING_QUIET_MS - 10);
    key(name, 'Tab');
    city.focus();
    vi.advanceTimersByTime(TYPING_QUIET_MS - 10);
    key(city);
    vi.advanceTimersByTime(TYPING_QUIET_MS - 10);
    expect(onStop).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(onStop).toHaveBeenCalledTimes(1);
    watch.destroy();
  });

  it("ignores the card's own fields (inside its shadow root)", () => {
    const host = el('waypoint-prompt');
    const root = host.attachShadow({ mode: 'open' });
    const field = document.createElement('textarea');
    root.append(field);
    const watch = watchTyping(document, { onStop: () => undefined, ignore: 'waypoint-prompt' });
    const other = watchTyping(document, { onStop: () => undefined });
    key(field);
    expect(watch.typing()).toBe(false);
    expect(other.typing()).toBe(true);
    watch.destroy();
    other.destroy();
  });

  it('stops listening once destroyed', () => {
    const onStop = vi.fn();
    const watch = watchTyping(document, { onStop });
    const field = el('input');
    key(field);
    watch.destroy();
    vi.advanceTimersByTime(TYPING_QUIET_MS);
    key(field);
    expect(watch.typing()).toBe(false);
    expect(onStop).not.toHaveBeenCalled();
  });

  it('never types without a document', () => {
    expect(watchTyping(undefined, { onStop: () => undefined }).typing()).toBe(false);
  });
});
