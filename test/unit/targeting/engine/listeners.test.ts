import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Trigger } from '../../../../src/config/schema';
import {
  createTriggerRuntime,
  type RuntimeWindow,
  type TriggerRuntime,
} from '../../../../src/targeting/engine/listeners/trigger-runtime';
import type { Fired } from '../../../../src/targeting/engine/triggers/fired';

let runtime: TriggerRuntime | undefined;
let fired: Fired[];
let invalid: string[];

beforeEach(() => {
  vi.useFakeTimers();
  fired = [];
  invalid = [];
});
afterEach(() => {
  runtime?.destroy();
  vi.restoreAllMocks();
  vi.useRealTimers();
  setVisibility('visible');
});

function start(triggers: Trigger[], win: RuntimeWindow = window, doc: Document = document) {
  runtime = createTriggerRuntime({
    win,
    doc,
    triggers,
    now: Date.now,
    fire: (f) => fired.push(f),
    onInvalidSelector: (s) => invalid.push(s),
  });
  runtime.enter(triggers);
  return runtime;
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** A window whose scroll position and viewport the test sets. */
function scrollWindow(touch = false) {
  const target = new EventTarget();
  const win = {
    scrollY: 0,
    innerHeight: 1000,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    matchMedia: (q: string) => ({ matches: touch && q === '(hover: none)' }) as MediaQueryList,
  };
  const scrollTo = (y: number, t = 0) => {
    win.scrollY = y;
    const e = new Event('scroll');
    Object.defineProperty(e, 'timeStamp', { value: t });
    target.dispatchEvent(e);
  };
  Object.defineProperty(document.documentElement, 'scrollHeight', {
    value: 5000,
    configurable: true,
  });
  return { win: win as unknown as RuntimeWindow, scrollTo };
}

describe('delay', () => {
  it('fires after the delay in the stage, once', () => {
    start([{ on: 'delay', seconds: 20 }]);
    vi.advanceTimersByTime(19_999);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([{ kind: 'delay', seconds: 20 }]);
    vi.advanceTimersByTime(60_000);
    expect(fired).toHaveLength(1);
  });

  it('is cancelled when the stage changes before it fires, and restarts in the new stage', () => {
    const rt = start([{ on: 'delay', seconds: 20 }]);
    vi.advanceTimersByTime(15_000);
    rt.enter([]); // a stage without delayed questions
    vi.advanceTimersByTime(60_000);
    expect(fired).toEqual([]);
    rt.enter([{ on: 'delay', seconds: 10 }]);
    vi.advanceTimersByTime(10_000);
    expect(fired).toEqual([{ kind: 'delay', seconds: 10 }]);
  });

  it('waits while the page is hidden and fires when the visitor is back', () => {
    start([{ on: 'delay', seconds: 5 }]);
    setVisibility('hidden');
    vi.advanceTimersByTime(5_000);
    expect(fired).toEqual([]);
    setVisibility('visible');
    expect(fired).toEqual([{ kind: 'delay', seconds: 5 }]);
  });
});

describe('scroll', () => {
  it('fires once each time a configured depth is first passed', () => {
    const { win, scrollTo } = scrollWindow();
    start(
      [
        { on: 'scroll', percent: 50 },
        { on: 'scroll', percent: 90 },
      ],
      win,
    );
    scrollTo(1000); // 40 %
    scrollTo(1600); // 52 %
    scrollTo(1700); // 54 %: nothing new
    scrollTo(0);
    scrollTo(1600); // back at 52 %: already passed
    scrollTo(4000); // 100 %
    expect(fired).toEqual([
      { kind: 'scroll', percent: 52 },
      { kind: 'scroll', percent: 100 },
    ]);
  });

  it('re-arms in a new stage', () => {
    const { win, scrollTo } = scrollWindow();
    const rt = start([{ on: 'scroll', percent: 50 }], win);
    scrollTo(4000);
    rt.enter([{ on: 'scroll', percent: 50 }]);
    scrollTo(4000);
    expect(fired).toHaveLength(2);
  });
});

describe('exit intent', () => {
  const leave = (clientY: number) =>
    document.dispatchEvent(new MouseEvent('mouseout', { clientY, relatedTarget: null }));

  it('fires when the pointer leaves through the top, once per stage', () => {
    const rt = start([{ on: 'exit' }]);
    leave(400); // through the bottom or a side
    expect(fired).toEqual([]);
    leave(-3);
    leave(-3);
    expect(fired).toEqual([{ kind: 'exit' }]);
    rt.enter([{ on: 'exit' }]);
    leave(-3);
    expect(fired).toHaveLength(2);
  });

  it('stays quiet in a stage whose questions do not use it', () => {
    const rt = start([{ on: 'exit' }]);
    rt.enter([{ on: 'stage' }]);
    leave(-3);
    expect(fired).toEqual([]);
  });

  it('on touch screens, fires on a fast flick back up after reading a screen', () => {
    const { win, scrollTo } = scrollWindow(true);
    start([{ on: 'exit' }], win);
    scrollTo(0, 0);
    scrollTo(1500, 1000);
    scrollTo(1400, 1100);
    expect(fired).toEqual([]);
    scrollTo(1100, 1200);
    expect(fired).toEqual([{ kind: 'exit' }]);
  });
});

describe('click', () => {
  it('fires for clicks on or inside a configured selector, through one delegated listener', () => {
    start([
      { on: 'click', selector: '#help' },
      { on: 'click', selector: '[[nope' },
    ]);
    const help = Object.assign(document.createElement('a'), { id: 'help' });
    const icon = document.createElement('span');
    help.append(icon);
    const other = document.createElement('button');
    document.body.append(help, other); // added after the listener: delegation still sees them
    icon.click();
    other.click();
    help.click();
    expect(fired).toEqual([
      { kind: 'click', selector: '#help' },
      { kind: 'click', selector: '#help' },
    ]);
    expect(invalid).toEqual(['[[nope']); // reported once, not per click
  });
});

describe('idle', () => {
  it('fires after the configured time without input, once per idle spell', () => {
    start([{ on: 'idle', seconds: 30 }]);
    vi.advanceTimersByTime(20_000);
    document.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(29_000);
    expect(fired).toEqual([]); // input at 20 s restarted the count
    vi.advanceTimersByTime(1_000);
    expect(fired).toEqual([{ kind: 'idle', seconds: 30 }]);
    vi.advanceTimersByTime(120_000);
    expect(fired).toHaveLength(1);
    document.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(30_000);
    expect(fired).toHaveLength(2);
  });

  it('fires each threshold in order', () => {
    start([
      { on: 'idle', seconds: 60 },
      { on: 'idle', seconds: 10 },
    ]);
    vi.advanceTimersByTime(60_000);
    expect(fired).toEqual([
      { kind: 'idle', seconds: 10 },
      { kind: 'idle', seconds: 60 },
    ]);
  });

  it('does not count a hidden page as idle', () => {
    start([{ on: 'idle', seconds: 30 }]);
    setVisibility('hidden');
    vi.advanceTimersByTime(60_000);
    expect(fired).toEqual([]);
    setVisibility('visible'); // coming back is input
    vi.advanceTimersByTime(29_000);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(fired).toEqual([{ kind: 'idle', seconds: 30 }]);
  });
});

describe('destroy', () => {
  it('removes every listener and timer', () => {
    const { win, scrollTo } = scrollWindow();
    const all: Trigger[] = [
      { on: 'delay', seconds: 1 },
      { on: 'idle', seconds: 1 },
      { on: 'scroll', percent: 10 },
      { on: 'exit' },
      { on: 'click', selector: 'body' },
    ];
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    start(all, win).destroy();
    vi.advanceTimersByTime(10_000);
    scrollTo(4000);
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: -1 }));
    document.body.click();
    expect(fired).toEqual([]);
    expect(remove.mock.calls.map((c) => c[0]).sort()).toEqual(
      add.mock.calls.map((c) => c[0]).sort(),
    );
  });

  it('installs nothing for trigger kinds the config does not use', () => {
    const add = vi.spyOn(document, 'addEventListener');
    start([{ on: 'stage' }]);
    expect(add.mock.calls.map((c) => c[0])).toEqual(['visibilitychange']);
  });
});
