// A card's chunk that cannot load: `ask` and `render` answer `reason: 'render'` (the card could
// not be drawn, as the README says for a runtime file that cannot load), not a generic error,
// and the `error` event names the card. Since the act and the card are one file, the act's own
// load is the card's load. An act that fails once loaded is still a plain error.
import { describe, expect, it, vi } from 'vitest';
import type { ActDeps } from '../../../src/act/entry';
import { createLazyActs } from '../../../src/lazy/acts';

const chunk = vi.hoisted(() => ({ blocked: true }));

vi.mock('../../../src/lazy/chunks', () => {
  const load = () => {
    if (!chunk.blocked) {
      const fails = () => Promise.reject(new Error('the act broke'));
      return Promise.resolve({ createActs: () => ({ ask: fails, render: fails }) });
    }
    const e = new Error('the file waypoint-ui.x.js was not found next to waypoint.js');
    e.name = 'ChunkError';
    return Promise.reject(e);
  };
  return {
    loadAct: load,
    loadUi: load,
    loadDelivery: () => Promise.resolve({}),
    loadPack: () => Promise.resolve({}),
  };
});

const deps = () => ({ locale: 'en' }) as unknown as ActDeps;
type Acts = ReturnType<typeof createLazyActs>;
const acts: Array<[string, (a: Acts) => Promise<unknown>]> = [
  ['ask', (a) => a.ask('transparent-rate')],
  ['render', (a) => a.render('#here', 'transparent-rate')],
];

describe('createLazyActs', () => {
  it.each(acts)('%s answers reason "render" when the card chunk cannot load', async (_, act) => {
    chunk.blocked = true;
    const error = vi.fn();
    const lazy = createLazyActs(deps, 'en', error);
    expect(await act(lazy)).toEqual({ shown: false, reason: 'render' });
    expect(error).toHaveBeenCalledWith('render', expect.stringMatching(/could not load the card/));
    expect(lazy.busy()).toBe(false);
  });

  it.each(acts)('%s answers reason "error" when the loaded act fails', async (name, act) => {
    chunk.blocked = false;
    const error = vi.fn();
    const lazy = createLazyActs(deps, 'en', error);
    expect(await act(lazy)).toEqual({ shown: false, reason: 'error' });
    expect(error).toHaveBeenCalledWith('render', `${name} failed: Error: the act broke`);
  });
});
