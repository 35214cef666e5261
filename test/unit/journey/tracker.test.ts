import { afterEach, describe, expect, it } from 'vitest';
import type { StageRule } from '../../../src/config/schema';
import { createStageTracker, type StageTracker } from '../../../src/journey/tracker';

const stages: StageRule[] = [
  { id: 'aware', paths: ['/'], events: [] },
  { id: 'explore', paths: ['/products/**'], events: ['compare_opened'] },
  { id: 'decide', paths: ['/checkout/**'], events: ['checkout_started'] },
  { id: 'use', paths: [], events: [] },
];

let tracker: StageTracker | undefined;
afterEach(() => tracker?.destroy());

function track(o: { declared?: string; url?: string } = {}) {
  const changes: string[] = [];
  tracker = createStageTracker({
    stages,
    win: window,
    ...o,
    onChange: (stage, previous) => changes.push(`${previous ?? '-'}→${stage}`),
  });
  return { tracker, changes };
}

describe('createStageTracker', () => {
  it.each([
    [{ url: 'https://shop.example/products/tea' }, 'explore'],
    [{ url: 'https://shop.example/about' }, undefined],
    [{ url: 'https://shop.example/app#/checkout/pay' }, 'decide'],
    // data-stage wins over path rules on load.
    [{ url: 'https://shop.example/products/tea', declared: 'use' }, 'use'],
    [{ url: 'not a url' }, undefined],
  ])('on load %j the stage is %s', (o, expected) => {
    expect(track(o).tracker.current).toBe(expected);
  });

  it('follows pushState, replaceState and popstate without a reload', () => {
    history.replaceState(null, '', '/');
    const { tracker, changes } = track({ url: 'https://shop.example/?token=x' });
    expect(tracker.page).toBe('/');
    history.pushState(null, '', '/products/tea');
    history.replaceState(null, '', '/checkout/pay');
    history.pushState(null, '', '/about?q=secret#frag'); // no rule: the stage stays
    expect(tracker.current).toBe('decide');
    // The page events carry follows every navigation, without its query or fragment.
    expect(tracker.page).toBe('/about');
    history.replaceState(null, '', '/products/tea');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(changes).toEqual(['aware→explore', 'explore→decide', 'decide→explore']);
  });

  it('follows hash routes on hashchange', () => {
    history.replaceState(null, '', '/app');
    const { tracker, changes } = track({ url: 'https://shop.example/app' });
    history.replaceState(null, '', '/app#/checkout/pay');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(tracker.current).toBe('decide');
    expect(changes).toEqual(['-→decide']);
  });

  it.each([
    ['compare_opened', 'explore'],
    ['checkout_started', 'decide'],
    ['unrelated', 'aware'],
  ])('the event %s moves the visitor to %s', (event, expected) => {
    const { tracker } = track({ url: 'https://shop.example/' });
    tracker.event(event);
    expect(tracker.current).toBe(expected);
  });

  it('sets known stages, refuses unknown ones and reports no change for the same stage', () => {
    const { tracker, changes } = track({ url: 'https://shop.example/' });
    expect(tracker.set('use')).toBe(true);
    expect(tracker.set('use')).toBe(true);
    expect(tracker.set('nope')).toBe(false);
    expect(tracker.current).toBe('use');
    expect(changes).toEqual(['aware→use']);
  });

  it('stops following history once destroyed', () => {
    const { tracker, changes } = track({ url: 'https://shop.example/' });
    tracker.destroy();
    history.pushState(null, '', '/products/tea');
    expect(changes).toEqual([]);
  });
});
