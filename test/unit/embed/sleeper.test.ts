import { describe, expect, it, vi } from 'vitest';
import { createSleeper, type Run } from '../../../src/embed/sleeper';

describe('the calls of a sleeping runtime', () => {
  it('wait in order for the runtime, then run directly; a quiet call answers nothing', async () => {
    const ran: unknown[][] = [];
    const run: Run = (args) => {
      ran.push(args);
      return `did ${String(args[0])}`;
    };
    const sleeper = createSleeper(async () => () => run, vi.fn());
    expect(sleeper.wait(['on', 'ready'], true)).toBeUndefined();
    const asked = sleeper.wait(['ask', 'q1']);
    expect(sleeper.live()).toBeUndefined();
    expect(sleeper.woken()).toBe(false);
    sleeper.wake();
    expect(sleeper.woken()).toBe(true);
    expect(await asked).toBe('did ask');
    expect(ran).toEqual([
      ['on', 'ready'],
      ['ask', 'q1'],
    ]);
    expect(sleeper.live()?.(['track', 'x'])).toBe('did track');
  });

  it('fails the waiting calls when the runtime cannot load, reports once, and tries again', async () => {
    const report = vi.fn();
    let attempts = 0;
    const sleeper = createSleeper(async () => {
      attempts++;
      if (attempts === 1) throw new Error('the file waypoint-runtime.x.js was not found');
      return () => () => 'ok';
    }, report);
    const first = sleeper.wait(['ask', 'q1']);
    sleeper.wake();
    sleeper.wake(); // the same attempt: one report
    await expect(first).rejects.toThrow('waypoint-runtime.x.js');
    expect(report.mock.calls).toEqual([
      ['could not start: the file waypoint-runtime.x.js was not found'],
    ]);
    const second = sleeper.wait(['ask', 'q1']);
    sleeper.wake();
    expect(await second).toBe('ok');
    expect(attempts).toBe(2);
  });

  it("never throws into the page: a call's throw and a promise's rejection are reported", async () => {
    const report = vi.fn();
    const sleeper = createSleeper(
      async () => () => (args) => {
        if (args[0] === 'boom') throw new Error('bad');
        return Promise.reject(new Error('later'));
      },
      report,
    );
    sleeper.wake();
    await vi.waitFor(() => expect(sleeper.live()).toBeDefined());
    const live = sleeper.live() as Run;
    expect(live(['boom'])).toBeUndefined();
    await expect(live(['flush'])).rejects.toThrow('later');
    expect(report.mock.calls).toEqual([['Error: bad'], ['later']]);
  });

  it('answers the waiting calls with nothing when the tag went off before the runtime started', async () => {
    const sleeper = createSleeper(async () => () => undefined, vi.fn());
    const asked = sleeper.wait(['ask', 'q1']);
    sleeper.wake();
    expect(await asked).toBeUndefined();
    expect(sleeper.live()).toBeUndefined();
  });
});
