import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isEditable, TYPING_QUIET_MS, watchTyping } from '../../../src/targeting/runtime/typing';

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
  afterEach(() => vi.useRealTimers());

  it('says typing while a form field has focus, and calls onStop a quiet moment after leaving', () => {
    const onStop = vi.fn();
    const watch = watchTyping(document, { onStop });
    const email = el('input', { type: 'email' }) as HTMLInputElement;
    const button = el('button');
    expect(watch.typing()).toBe(false);
    email.focus();
    expect(watch.typing()).toBe(true);
    button.focus();
    expect(watch.typing()).toBe(false);
    vi.advanceTimersByTime(TYPING_QUIET_MS - 1);
    expect(onStop).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onStop).toHaveBeenCalledTimes(1);
    watch.destroy();
  });

  it('does not count moving from one field to the next as stopping', () => {
    const onStop = vi.fn();
    const watch = watchTyping(document, { onStop });
    const name = el('input') as HTMLInputElement;
    const city = el('input') as HTMLInputElement;
    name.focus();
    city.focus();
    vi.advanceTimersByTime(TYPING_QUIET_MS * 2);
    expect(onStop).not.toHaveBeenCalled();
    city.blur();
    vi.advanceTimersByTime(TYPING_QUIET_MS);
    expect(onStop).toHaveBeenCalledTimes(1);
    watch.destroy();
  });

  it("ignores the card's own fields (inside its shadow root)", () => {
    const host = el('waypoint-prompt');
    const root = host.attachShadow({ mode: 'open' });
    const field = document.createElement('textarea');
    root.append(field);
    field.focus();
    const watch = watchTyping(document, { onStop: () => undefined, ignore: 'waypoint-prompt' });
    expect(watch.typing()).toBe(false);
    const other = watchTyping(document, { onStop: () => undefined });
    expect(other.typing()).toBe(true);
    watch.destroy();
    other.destroy();
  });

  it('never types without a document', () => {
    expect(watchTyping(undefined, { onStop: () => undefined }).typing()).toBe(false);
  });
});
