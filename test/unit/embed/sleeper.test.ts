import { describe, expect, it, vi } from 'vitest';
import { createSleeper, type Run } from '../../../src/embed/sleeper';

const fallback = ([name]: unknown[]) => (name === 'ask' ? { shown: false } : undefined);

describe('the calls of a sleeping runtime', () => {
  it('wait in order for the runtime, then run directly; a quiet call answers nothing', async () => {
    const ran: unknown[][] = [];
    const run: Run = (args) => {
      ran.push(args);
      return `did ${String(args[0])}`;
    };
    const sleeper = createSleeper({ load: async () => () => run, report: vi.fn(), fallback });
    expect(sleeper.wait(['on', 'ready'], true)).toBeUndefined();
    const asked = sleeper.wait(['ask', 'q1']);
    expect(sleeper.live()).toBeUndefined();
    expect(sleeper.waking()).toBe(false);
    sleeper.wake();
    expect(sleeper.waking()).toBe(true);
    expect(await asked).toBe('did ask');
    expect(ran).toEqual([
      ['on', 'ready'],
      ['ask', 'q1'],
    ]);
    expect(sleeper.live()?.(['track', 'x'])).toBe('did track');
  });

  it('tries once: a runtime that cannot load is one console error, and every call its fallback', async () => {
    const report = vi.fn();
    const load = vi.fn(async () => {
      throw new Error('the file waypoint-runtime.x.js was not found');
    });
    const sleeper = createSleeper({ load, report, fallback });
    const first = sleeper.wait(['ask', 'q1']);
    sleeper.wake();
    sleeper.wake();
    expect(await first).toEqual({ shown: false });
    expect(await sleeper.wait(['ask', 'q1'])).toEqual({ shown: false });
    expect(await sleeper.wait(['flush'])).toBeUndefined();
    sleeper.wake();
    expect(load).toHaveBeenCalledTimes(1);
    expect(report.mock.calls).toEqual([
      [
        'could not start, so the widget is off on this page: the file waypoint-runtime.x.js was not found',
      ],
    ]);
  });

  it("never throws into the page: a call's throw and a promise's rejection are reported", async () => {
    const report = vi.fn();
    const run: Run = (args) => {
      if (args[0] === 'boom') throw new Error('bad');
      return Promise.reject(new Error('later'));
    };
    const sleeper = createSleeper({ load: async () => () => run, report, fallback });
    sleeper.wake();
    await vi.waitFor(() => expect(sleeper.live()).toBeDefined());
    const live = sleeper.live() as Run;
    expect(live(['boom'])).toBeUndefined();
    await expect(live(['flush'])).rejects.toThrow('later');
    expect(report.mock.calls).toEqual([['Error: bad'], ['later']]);
  });

  it('answers the fallbacks when the tag went off before the runtime started', async () => {
    const sleeper = createSleeper({ load: async () => () => undefined, report: vi.fn(), fallback });
    const asked = sleeper.wait(['ask', 'q1']);
    sleeper.wake();
    expect(await asked).toEqual({ shown: false });
    expect(sleeper.live()).toBeUndefined();
  });
});
