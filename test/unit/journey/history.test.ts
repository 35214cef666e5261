import { describe, expect, it, vi } from 'vitest';
import { watchHistory } from '../../../src/journey/history';

/** A window with a real-looking History whose methods live on its prototype, as in browsers. */
function fakeWindow() {
  const calls: string[] = [];
  class FakeHistory {
    pushState(_s: unknown, _t: string, url?: string) {
      calls.push(`push ${url}`);
    }
    replaceState(_s: unknown, _t: string, url?: string) {
      calls.push(`replace ${url}`);
    }
  }
  const target = new EventTarget();
  const win = {
    history: new FakeHistory() as unknown as History,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  };
  return { win, calls };
}

describe('watchHistory', () => {
  it.each([
    ['pushState', (w: ReturnType<typeof fakeWindow>['win']) => w.history.pushState(null, '', '/a')],
    [
      'replaceState',
      (w: ReturnType<typeof fakeWindow>['win']) => w.history.replaceState(null, '', '/b'),
    ],
    [
      'popstate',
      (w: ReturnType<typeof fakeWindow>['win']) => w.dispatchEvent(new Event('popstate')),
    ],
    [
      'hashchange',
      (w: ReturnType<typeof fakeWindow>['win']) => w.dispatchEvent(new Event('hashchange')),
    ],
  ])('notices %s', (_name, navigate) => {
    const { win } = fakeWindow();
    const seen = vi.fn();
    const stop = watchHistory(win, seen);
    navigate(win);
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
  });

  it('still calls the original pushState, with its arguments, and returns its result', () => {
    const { win, calls } = fakeWindow();
    const stop = watchHistory(win, () => undefined);
    win.history.pushState({ x: 1 }, '', '/products');
    expect(calls).toEqual(['push /products']);
    stop();
  });

  it('patches once for many listeners and restores the prototype methods when the last leaves', () => {
    const { win } = fakeWindow();
    const proto = Object.getPrototypeOf(win.history);
    const a = vi.fn();
    const b = vi.fn();
    const stopA = watchHistory(win, a);
    const patched = win.history.pushState;
    const stopB = watchHistory(win, b);
    expect(win.history.pushState).toBe(patched); // not wrapped twice
    win.history.pushState(null, '', '/x');
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
    stopA();
    win.history.pushState(null, '', '/y');
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 2]);
    stopB();
    expect(Object.hasOwn(win.history, 'pushState')).toBe(false);
    expect(win.history.pushState).toBe(proto.pushState);
    expect(win.history.replaceState).toBe(proto.replaceState);
  });

  it('leaves a wrapper added after ours in place, and ours then passes calls through', () => {
    const { win, calls } = fakeWindow();
    const seen = vi.fn();
    const stop = watchHistory(win, seen);
    const ours = win.history.pushState;
    const theirs = vi.fn(function (this: History, ...args: Parameters<History['pushState']>) {
      return ours.apply(this, args);
    });
    win.history.pushState = theirs;
    stop();
    expect(win.history.pushState).toBe(theirs);
    win.history.pushState(null, '', '/z');
    expect(calls).toEqual(['push /z']);
    expect(seen).not.toHaveBeenCalled();
  });

  it("never lets a listener's failure break the host app's navigation", () => {
    const { win, calls } = fakeWindow();
    const stop = watchHistory(win, () => {
      throw new Error('boom');
    });
    expect(() => win.history.pushState(null, '', '/ok')).not.toThrow();
    expect(calls).toEqual(['push /ok']);
    stop();
  });

  it('stops listening to popstate and hashchange', () => {
    const { win } = fakeWindow();
    const seen = vi.fn();
    const stop = watchHistory(win, seen);
    stop();
    stop(); // twice is harmless
    win.dispatchEvent(new Event('popstate'));
    win.dispatchEvent(new Event('hashchange'));
    expect(seen).not.toHaveBeenCalled();
  });

  it("works on the page's real history", () => {
    const seen: string[] = [];
    const stop = watchHistory(window, () => seen.push(location.pathname));
    history.pushState(null, '', '/spa/products');
    history.replaceState(null, '', '/spa/checkout');
    stop();
    history.pushState(null, '', '/spa/after');
    expect(seen).toEqual(['/spa/products', '/spa/checkout']);
  });

  it('still follows popstate when History cannot be patched (frozen by the host page)', () => {
    const { win } = fakeWindow();
    Object.freeze(win.history);
    const seen = vi.fn();
    const stop = watchHistory(win, seen);
    win.dispatchEvent(new Event('popstate'));
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
  });
});
