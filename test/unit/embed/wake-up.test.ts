// The tag wakes its runtime chunk only when the page view needs it: a call, something that may
// ask itself on this stage (now or after a navigation), the launcher, our data on the device.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdbStore } from '../../../src/storage/idb';
import { until } from '../helpers/page';

const loads = vi.hoisted(() => ({ runtime: 0, fail: false }));
vi.mock('../../../src/embed/runtime-chunk', async (actual) => {
  const real = await actual<typeof import('../../../src/embed/runtime-chunk')>();
  return {
    loadRuntime: () => {
      loads.runtime++;
      if (loads.fail)
        return Promise.reject(new Error('the file waypoint-runtime.x.js was not found'));
      return real.loadRuntime();
    },
  };
});

type Cmd = ((...args: unknown[]) => unknown) & { q?: unknown[][]; loaded?: boolean };
const host = window as unknown as { waypoint?: Cmd };
const ENDPOINT = 'https://collect.example.com/v1/events';
const manual = [
  { id: 'q1', quality: 'advocate', type: 'yesno', text: 'Hi?', trigger: { on: 'manual' } },
];

/** Pastes the tag with an inline config (and the stub's calls), loads it, waits for it. */
async function start(
  config: Record<string, unknown>,
  attrs: Record<string, string> = {},
  calls: unknown[][] = [],
) {
  host.waypoint = Object.assign((...args: unknown[]) => calls.push(args), { q: calls }) as Cmd;
  const json = document.createElement('script');
  json.type = 'application/json';
  json.id = 'waypoint-config';
  json.textContent = JSON.stringify({ endpoint: ENDPOINT, ...config });
  const tag = document.createElement('script');
  for (const [k, v] of Object.entries({ 'data-site': 'acme', ...attrs })) tag.setAttribute(k, v);
  document.head.append(json, tag);
  vi.resetModules();
  await import('../../../src/embed');
  await until(() => expect(host.waypoint?.loaded).toBe(true));
  // The device was looked at (an IndexedDB round trip) and every decision taken.
  await new Promise((r) => setTimeout(r, 50));
  return host.waypoint as Cmd;
}

describe('waking the runtime', () => {
  beforeEach(() => {
    loads.runtime = 0;
    loads.fail = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 200 })),
    );
    history.replaceState(null, '', '/');
  });
  afterEach(() => {
    host.waypoint?.('destroy');
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    delete host.waypoint;
    document.head.replaceChildren();
    history.replaceState(null, '', '/');
  });

  it('a page view with nothing due loads no runtime; listeners and traits wait without waking it', async () => {
    const wp = await start({ questions: manual });
    const seen: string[] = [];
    wp('on', 'ready', () => seen.push('ready'));
    wp('identify', 'u1');
    await new Promise((r) => setTimeout(r, 50));
    expect(loads.runtime).toBe(0);
    expect(seen).toEqual([]);

    // A call that needs it wakes it, the calls before it run first, and it answers as a promise.
    const asked = wp('ask', 'q1');
    expect(asked).toBeInstanceOf(Promise);
    expect(await asked).toMatchObject({ shown: true });
    expect(loads.runtime).toBe(1);
    await until(() => expect(seen).toEqual(['ready']));
    // Awake, calls run directly.
    expect(wp('pending')).toBeInstanceOf(Promise);
    expect(loads.runtime).toBe(1);
  });

  it("wakes at once where something may ask itself on the page's stage", async () => {
    await start({}, { 'data-stage': 'use' }); // the built-in questions ask at "use"
    await until(() => expect(loads.runtime).toBe(1));
  });

  it('wakes when a single-page app navigates to a stage where something asks itself', async () => {
    const wp = await start({
      stages: [
        { id: 'decide', paths: ['/checkout/**'] },
        { id: 'explore', paths: ['/shop'] },
      ],
      questions: [{ ...manual[0], trigger: { on: 'delay', seconds: 60 }, stages: ['decide'] }],
    });
    history.pushState(null, '', '/shop');
    await new Promise((r) => setTimeout(r, 20));
    expect(loads.runtime).toBe(0);
    history.pushState(null, '', '/checkout/pay');
    await until(() => expect(loads.runtime).toBe(1));
    expect(await wp('stage', 'explore')).toBeUndefined();
  });

  it("wakes for the launcher's tab", async () => {
    await start({ questions: manual, appearance: { launcher: { survey: 'q1' } } });
    await until(() => expect(loads.runtime).toBe(1));
  });

  it('wakes on a device that holds our data (its outbox and journey), unless consent is required', async () => {
    localStorage.setItem('waypoint:s/visitor', '{}');
    await start({ questions: manual });
    await until(() => expect(loads.runtime).toBe(1));
    host.waypoint?.('destroy');
    delete host.waypoint;
    document.head.replaceChildren();

    loads.runtime = 0;
    const wp = await start({ questions: manual, privacy: { requireConsent: true } });
    expect(loads.runtime).toBe(0);
    // Consent given: the device's data is work again.
    wp('consent', true);
    await until(() => expect(loads.runtime).toBe(1));
  });

  it("looks at the device once per page view: the runtime opens it on the core's look", async () => {
    await createIdbStore().set('s/visitor', 'v-1'); // a device that holds our database
    const databases = vi.spyOn(indexedDB, 'databases');
    const wp = await start({ questions: manual });
    await until(() => expect(loads.runtime).toBe(1));
    expect(await wp('ask', 'q1')).toMatchObject({ shown: true });
    expect(databases).toHaveBeenCalledTimes(1);
  });

  it('with consent required, consent given wakes it only where there is work', async () => {
    const wp = await start({ privacy: { requireConsent: true } }, { 'data-stage': 'use' });
    expect(loads.runtime).toBe(0); // the built-in questions would ask, but nothing may run yet
    wp('consent', false);
    await new Promise((r) => setTimeout(r, 20));
    expect(loads.runtime).toBe(0); // nothing of ours on the device to forget
    wp('consent', true);
    await until(() => expect(loads.runtime).toBe(1));
  });

  it('destroyed before waking, it stays asleep and ignores later calls', async () => {
    const wp = await start({
      stages: [{ id: 'decide', paths: ['/checkout/**'] }],
      questions: [{ ...manual[0], trigger: { on: 'stage' }, stages: ['decide'] }],
    });
    wp('destroy');
    history.pushState(null, '', '/checkout/pay');
    expect(wp('ask', 'q1')).toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(loads.runtime).toBe(0);
  });
  it('starts the runtime on the stage a single-page app moved to, not the one the tag declared', async () => {
    const wp = await start(
      {
        stages: [
          { id: 'explore', paths: ['/shop'] },
          { id: 'decide', paths: ['/checkout/**'] },
          { id: 'use', paths: ['/account/**'] },
        ],
        questions: manual,
      },
      { 'data-stage': 'explore' },
    );
    history.pushState(null, '', '/checkout/pay');
    await new Promise((r) => setTimeout(r, 20));
    expect(loads.runtime).toBe(0); // nothing asks itself: the core only follows the stage
    const moves: unknown[] = [];
    wp('on', 'stage', (e: { stage: string; previous?: string }) => moves.push(e));
    await wp('stage', 'use');
    expect(loads.runtime).toBe(1);
    expect(moves).toEqual([{ stage: 'use', previous: 'decide' }]);
  });

  it('with consent required and never given, consent(false) does not even look at the device', async () => {
    localStorage.setItem('waypoint:s/visitor', '{}');
    const databases = vi.spyOn(indexedDB, 'databases');
    const wp = await start({ questions: manual, privacy: { requireConsent: true } });
    expect(wp('consent', false)).toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(databases).not.toHaveBeenCalled();
    expect(loads.runtime).toBe(0);
  });

  it("knows a consent the stub withdrew before anything wakes: no launcher's runtime", async () => {
    await start({ questions: manual, appearance: { launcher: { survey: 'q1' } } }, {}, [
      ['consent', false],
    ]);
    expect(loads.runtime).toBe(0);
  });

  it('a runtime that cannot load is one console error, and calls answer as if nothing could show', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    loads.fail = true;
    const wp = await start({ questions: manual });
    expect(await wp('ask', 'q1')).toEqual({ shown: false, reason: 'render' });
    expect(await wp('ask', 'q1')).toEqual({ shown: false, reason: 'render' });
    expect(loads.runtime).toBe(1); // one attempt per page view
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[1])).toContain('waypoint-runtime.x.js');
  });
});
