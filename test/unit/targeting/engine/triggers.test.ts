import { describe, expect, it } from 'vitest';
import type { Trigger } from '../../../../src/config/schema';
import { clickedSelectors } from '../../../../src/targeting/engine/triggers/click';
import {
  isExitIntent,
  type TouchScroll,
  touchExit,
} from '../../../../src/targeting/engine/triggers/exit';
import type { Fired } from '../../../../src/targeting/engine/triggers/fired';
import {
  firedLabel,
  triggerLabel,
  triggerMatches,
} from '../../../../src/targeting/engine/triggers/match';
import { scrollDepth } from '../../../../src/targeting/engine/triggers/scroll';

const cases: Array<[string, Trigger, Fired, boolean]> = [
  // stage
  ['stage on entering a stage', { on: 'stage' }, { kind: 'stage', stage: 'use' }, true],
  ['stage not on an event', { on: 'stage' }, { kind: 'event', name: 'x' }, false],
  // event
  ['event by name', { on: 'event', event: 'paid' }, { kind: 'event', name: 'paid' }, true],
  ['event, other name', { on: 'event', event: 'paid' }, { kind: 'event', name: 'viewed' }, false],
  [
    'event where all match',
    { on: 'event', event: 'paid', where: { plan: 'pro', seats: 3 } },
    { kind: 'event', name: 'paid', props: { plan: 'pro', seats: 3, extra: true } },
    true,
  ],
  [
    'event where one differs',
    { on: 'event', event: 'paid', where: { plan: 'pro' } },
    { kind: 'event', name: 'paid', props: { plan: 'free' } },
    false,
  ],
  [
    'event where types differ ("3" is not 3)',
    { on: 'event', event: 'paid', where: { seats: 3 } },
    { kind: 'event', name: 'paid', props: { seats: '3' } },
    false,
  ],
  [
    'event where, no props',
    { on: 'event', event: 'paid', where: { plan: 'pro' } },
    { kind: 'event', name: 'paid' },
    false,
  ],
  [
    'event where does not read inherited properties',
    { on: 'event', event: 'paid', where: { toString: 'x' } },
    { kind: 'event', name: 'paid', props: {} },
    false,
  ],
  // delay
  ['delay reached', { on: 'delay', seconds: 20 }, { kind: 'delay', seconds: 20 }, true],
  ['delay longer', { on: 'delay', seconds: 20 }, { kind: 'delay', seconds: 30 }, true],
  ['delay not yet', { on: 'delay', seconds: 20 }, { kind: 'delay', seconds: 10 }, false],
  // scroll
  ['scroll past', { on: 'scroll', percent: 60 }, { kind: 'scroll', percent: 75 }, true],
  ['scroll at', { on: 'scroll', percent: 60 }, { kind: 'scroll', percent: 60 }, true],
  ['scroll short', { on: 'scroll', percent: 60 }, { kind: 'scroll', percent: 59 }, false],
  // exit
  ['exit', { on: 'exit' }, { kind: 'exit' }, true],
  ['exit not on scroll', { on: 'exit' }, { kind: 'scroll', percent: 100 }, false],
  // click
  [
    'click same selector',
    { on: 'click', selector: '#help' },
    { kind: 'click', selector: '#help' },
    true,
  ],
  [
    'click other selector',
    { on: 'click', selector: '#help' },
    { kind: 'click', selector: '.faq' },
    false,
  ],
  // idle
  ['idle reached', { on: 'idle', seconds: 30 }, { kind: 'idle', seconds: 30 }, true],
  ['idle short', { on: 'idle', seconds: 30 }, { kind: 'idle', seconds: 15 }, false],
  // manual: only through ask, never by anything that fires
  ['manual never fires', { on: 'manual' }, { kind: 'manual' }, false],
  ['manual not on stage', { on: 'manual' }, { kind: 'stage', stage: 'use' }, false],
];

describe('triggerMatches', () => {
  it.each(cases)('%s', (_name, trigger, fired, expected) => {
    expect(triggerMatches(trigger, fired)).toBe(expected);
  });
});

describe('trigger labels', () => {
  it.each<[Trigger, string]>([
    [{ on: 'stage' }, 'stage'],
    [{ on: 'event', event: 'order_delivered' }, 'event:order_delivered'],
    [{ on: 'delay', seconds: 20 }, 'delay:20'],
    [{ on: 'scroll', percent: 60 }, 'scroll:60'],
    [{ on: 'exit' }, 'exit'],
    [{ on: 'click', selector: '#help' }, 'click:#help'],
    [{ on: 'idle', seconds: 30 }, 'idle:30'],
    [{ on: 'manual' }, 'manual'],
  ])('%j is recorded as %s', (trigger, label) => {
    expect(triggerLabel(trigger)).toBe(label);
  });

  it.each<[Fired, string]>([
    [{ kind: 'stage', stage: 'use' }, 'stage:use'],
    [{ kind: 'event', name: 'paid' }, 'event:paid'],
    [{ kind: 'scroll', percent: 75 }, 'scroll:75'],
    [{ kind: 'idle', seconds: 30 }, 'idle:30'],
    [{ kind: 'exit' }, 'exit'],
  ])('what fired, %j, reads %s in debug output', (fired, label) => {
    expect(firedLabel(fired)).toBe(label);
  });
});

describe('scrollDepth', () => {
  it.each([
    [{ scrollY: 0, viewport: 1000, height: 4000 }, 25],
    [{ scrollY: 1400, viewport: 1000, height: 4000 }, 60],
    [{ scrollY: 3000, viewport: 1000, height: 4000 }, 100],
    [{ scrollY: 5000, viewport: 1000, height: 4000 }, 100], // overscroll
    [{ scrollY: -50, viewport: 1000, height: 4000 }, 25], // rubber-band at the top
    [{ scrollY: 0, viewport: 1000, height: 800 }, 100], // a short page is seen whole
  ])('%j → %d%%', (m, expected) => {
    expect(scrollDepth(m)).toBe(expected);
  });
});

describe('isExitIntent', () => {
  it.each([
    [{ clientY: -1, relatedTarget: null }, true],
    [{ clientY: 0, relatedTarget: null }, true],
    [{ clientY: 300, relatedTarget: null }, false], // left through a side or the bottom
    [{ clientY: -1, relatedTarget: {} as EventTarget }, false], // moved onto another element
  ])('%j → %s', (e, expected) => {
    expect(isExitIntent(e)).toBe(expected);
  });
});

describe('touchExit (the touch-screen fallback)', () => {
  const run = (steps: Array<[number, number]>, viewport = 800) => {
    let s: TouchScroll = { maxY: 0 };
    const exits: boolean[] = [];
    for (const [y, t] of steps) {
      const r = touchExit(s, { y, t, viewport });
      s = r.state;
      exits.push(r.exit);
    }
    return exits;
  };

  it.each<[string, Array<[number, number]>, boolean]>([
    [
      'a fast flick up after reading a screen',
      [
        [0, 0],
        [1200, 1000],
        [1100, 1100],
        [900, 1250],
      ],
      true,
    ],
    [
      'a slow scroll up',
      [
        [0, 0],
        [1200, 1000],
        [1100, 1600],
        [1000, 2200],
        [850, 2800],
      ],
      false,
    ],
    [
      'a flick up without having read a screen',
      [
        [0, 0],
        [500, 100],
        [100, 200],
      ],
      false,
    ],
    [
      'scrolling down only',
      [
        [0, 0],
        [400, 100],
        [900, 200],
        [1500, 300],
      ],
      false,
    ],
    [
      'a short flick up',
      [
        [0, 0],
        [1200, 100],
        [1100, 150],
      ],
      false,
    ],
  ])('%s → %s', (_name, steps, expected) => {
    expect(run(steps).some(Boolean)).toBe(expected);
  });
});

describe('clickedSelectors', () => {
  it('finds the selectors the click target is, or is inside, and reports invalid ones', () => {
    const link = Object.assign(document.createElement('a'), { id: 'help', className: 'nav' });
    const inner = document.createElement('span');
    link.append(inner);
    const buy = Object.assign(document.createElement('button'), { className: 'buy' });
    document.body.append(link, buy);
    expect(clickedSelectors(inner, ['#help', '.buy', '.nav span', '[[bad'])).toEqual({
      hits: ['#help', '.nav span'],
      invalid: ['[[bad'],
    });
    expect(clickedSelectors(null, ['#help'])).toEqual({ hits: [], invalid: [] });
    expect(clickedSelectors(window, ['#help'])).toEqual({ hits: [], invalid: [] });
  });
});
