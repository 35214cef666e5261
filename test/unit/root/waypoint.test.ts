import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { WaypointConfigError } from '../../../src/config/error';
import type { WaypointEvents } from '../../../src/contract/events';
import { createQueue, QUEUE_PREFIX } from '../../../src/delivery/queue';
import { createWaypoint } from '../../../src/root/waypoint';
import { createIdbStore } from '../../../src/storage/idb';
import { prompt, until } from '../helpers/page';

type Posted = { id: string; type: string; sentat: string; data: { answer?: { value: unknown } } };

/** An in-memory endpoint standing in for the collector: stores each id once. */
function collector(status = () => 200) {
  const stored = new Map<string, Posted>();
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const s = status();
    if (s < 300) for (const e of JSON.parse(String(init.body)) as Posted[]) stored.set(e.id, e);
    return new Response('{}', { status: s });
  });
  return { stored, fetch: fetch as unknown as typeof globalThis.fetch, calls: fetch.mock.calls };
}

const config = { site: 'acme', endpoint: 'https://collect.example.com/v1/events' };
const url = 'https://shop.example.com/account?token=secret#x';

function start(status?: () => number, extra: Record<string, unknown> = {}) {
  const server = collector(status);
  const store = createIdbStore();
  const wp = createWaypoint(
    { ...config, ...extra },
    { fetch: server.fetch, storage: store, url, stage: 'use' },
  );
  const events: Array<[keyof WaypointEvents, unknown]> = [];
  for (const name of ['ready', 'shown', 'answer', 'dismissed', 'sent', 'error'] as const) {
    wp.on(name, (p) => events.push([name, p]));
  }
  return { wp, server, store, events };
}

describe('createWaypoint', () => {
  it('throws a WaypointConfigError naming the bad field', () => {
    expect(() => createWaypoint({ endpoint: 'ftp://nope' } as never)).toThrow(WaypointConfigError);
    expect(() =>
      createWaypoint({
        endpoint: 'https://x.example',
        limits: { promptsPerSession: 'one' },
      } as never),
    ).toThrow(/limits\.promptsPerSession: expected number/);
  });

  it('refuses a config without an endpoint, naming `endpoint` and where to give it', () => {
    const run = () => createWaypoint({ site: 'acme' } as never);
    expect(run).toThrow(WaypointConfigError);
    expect(run).toThrow(
      /endpoint: is required \(in the config, or the script tag's data-endpoint\)/,
    );
  });

  it('asks, stores the answer durably before thanking, and sends it as a CloudEvent', async () => {
    // No prompt of targeting's own this session (`ask` is not held back by the caps): on a slow
    // machine the bank's stage-triggered question, decided once the engine has loaded, would
    // otherwise show in place of the thank-you before delivery acknowledged the answer.
    const { wp, server, store, events } = start(undefined, { limits: { promptsPerSession: 0 } });
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: true });
    fireEvent.click(prompt().getByRole('radio', { name: '9' }));
    fireEvent.click(prompt().getByRole('button', { name: 'Send' }));

    await until(() => expect(events.some(([n]) => n === 'answer')).toBe(true));
    const answer = events.find(([n]) => n === 'answer')?.[1] as WaypointEvents['answer'];
    expect(answer).toMatchObject({ questionId: 'advocate-nps', value: 9, persisted: true });

    await until(() => expect(server.stored.has(answer.eventId)).toBe(true));
    // The visible status (a polite live region may repeat it for screen readers), looked at
    // first: the note gives way after a few seconds.
    await until(() => expect(prompt().getAllByText('Thank you — sent.').length).toBeGreaterThan(0));
    const sent = server.stored.get(answer.eventId) as unknown as Record<string, unknown> & Posted;
    expect(sent).toMatchObject({
      specversion: '1.0',
      type: 'waypoint.answer',
      source: 'https://shop.example.com',
      subject: 'advocate-nps',
      datacontenttype: 'application/json',
      site: 'acme',
      stage: 'use',
      quality: 'advocate',
      data: {
        question: { id: 'advocate-nps', type: 'nps', version: 1 },
        answer: { value: 9 },
        context: {
          page: '/account',
          trigger: 'manual',
          sampleRate: 1,
          journey: { stagesSeen: ['use'] },
        },
      },
    });
    expect(sent.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(Date.parse(sent.sentat)).not.toBeNaN();
    // The shown event went too, and the queue is empty only because both were acknowledged.
    expect([...server.stored.values()].map((e) => e.type).sort()).toEqual([
      'waypoint.answer',
      'waypoint.prompt.shown',
    ]);
    await until(async () => expect(await store.entries(QUEUE_PREFIX)).toEqual([]));
    wp.destroy();
  });

  it('keeps the answer queued when the endpoint fails, and sends it on flush once it recovers', async () => {
    let status = 503;
    const { wp, server, store } = start(() => status);
    await wp.ask('advocate-nps');
    fireEvent.click(prompt().getByRole('radio', { name: '10' }));
    fireEvent.click(prompt().getByRole('button', { name: 'Send' }));
    await until(async () => expect((await store.entries(QUEUE_PREFIX)).length).toBe(2));
    expect(server.stored.size).toBe(0);
    // A new page (a reload) on the same database finds the answer and delivers it.
    wp.destroy();
    status = 200;
    const again = createWaypoint(config, { fetch: server.fetch, storage: createIdbStore(), url });
    // The old page's last send may still hold the sending lease for a moment: retry until idle.
    await until(async () => expect(await again.flush()).toEqual({ state: 'idle', pending: 0 }));
    expect([...server.stored.values()].filter((e) => e.type === 'waypoint.answer')).toHaveLength(1);
    again.destroy();
  });

  it('records a dismissal and honours "Don\'t ask me again" on this device', async () => {
    const { wp, events, server } = start();
    await wp.ask('advocate-nps');
    fireEvent.click(prompt().getByRole('button', { name: "Don't ask me again" }));
    await until(() => expect(events.some(([n]) => n === 'dismissed')).toBe(true));
    expect(events.find(([n]) => n === 'dismissed')?.[1]).toMatchObject({ reason: 'opt-out' });
    wp.destroy();
    const later = createWaypoint(config, { fetch: server.fetch, storage: createIdbStore(), url });
    const errors: string[] = [];
    later.on('error', (e) => errors.push(e.code));
    expect(await later.ask('advocate-nps')).toEqual({ shown: false, reason: 'opted-out' });
    expect(errors).toEqual(['consent']);
    later.destroy();
  });

  it('shows and stores nothing before consent when consent is required', async () => {
    const { wp, server } = start(undefined, { privacy: { requireConsent: true } });
    expect(await wp.ask('advocate-nps')).toEqual({ shown: false, reason: 'consent' });
    expect(await createQueue(createIdbStore(), { owner: 'x' }).stats()).toMatchObject({ count: 0 });
    wp.consent(true);
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: true });
    // The "shown" event is now stored: still queued, or already delivered (delivery loads
    // beside the card, so its first flush may take it).
    await until(async () => expect((await wp.pending()).count + server.stored.size).toBe(1));
    expect([...server.stored.values()].every((e) => e.type === 'waypoint.prompt.shown')).toBe(true);
    wp.destroy();
  });

  it('reports an unknown question instead of throwing', async () => {
    const { wp, events } = start();
    expect(await wp.ask('nope')).toEqual({ shown: false, reason: 'unknown-question' });
    expect(events.find(([n]) => n === 'error')?.[1]).toMatchObject({ code: 'unknown-question' });
    wp.destroy();
  });

  it('never throws from a command, whatever it is given', () => {
    const { wp } = start();
    expect(() => {
      wp.track(undefined as never);
      wp.stage(42 as never);
      wp.identify(null as never);
      wp.on('answer', 'not a function' as never);
    }).not.toThrow();
    wp.destroy();
  });

  it('scrubs e-mail addresses from a follow-up before storing it', async () => {
    const { wp, server } = start();
    await wp.ask('advocate-nps');
    fireEvent.click(prompt().getByRole('radio', { name: '2' }));
    fireEvent.input(prompt().getByRole('textbox'), {
      target: { value: 'mail me at jo@example.com' },
    });
    fireEvent.click(prompt().getByRole('button', { name: 'Send' }));
    await until(() =>
      expect([...server.stored.values()].some((e) => e.type === 'waypoint.answer')).toBe(true),
    );
    const answer = [...server.stored.values()].find((e) => e.type === 'waypoint.answer');
    expect(answer?.data.answer).toEqual({ value: 2, score: 20, followUp: 'mail me at [email]' });
    wp.destroy();
  });
});

describe('debug mode', () => {
  it('logs each error event on the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const wp = createWaypoint({ ...config, debug: true }, { storage: createIdbStore(), url });
    await wp.ask('no-such-question');
    expect(warn).toHaveBeenCalledWith(
      '[waypoint]',
      expect.stringContaining('unknown-question: no question or survey "no-such-question"'),
    );
    warn.mockRestore();
    wp.destroy();
  });
});

describe('targeting', () => {
  const stages = [
    { id: 'aware', paths: ['/'] },
    { id: 'explore', paths: ['/products/**'], events: ['compare_opened'] },
    { id: 'use', paths: ['/account/**'] },
    { id: 'support', paths: ['/help/**'] },
  ];
  const questions = [
    { id: 'advocate-nps', quality: 'advocate', type: 'nps', text: 'Recommend?', stages: ['use'] },
    {
      id: 'integrative-repeat',
      quality: 'integrative',
      type: 'yesno',
      text: 'Repeat?',
      stages: ['support'],
    },
    {
      id: 'choice-freedom',
      quality: 'choice',
      type: 'yesno',
      text: 'Free to choose?',
      stages: ['explore'],
      trigger: { on: 'event', event: 'compared', where: { items: 3 } },
    },
  ] as const;

  function spa(extra: Record<string, unknown> = {}, o: { now?: () => number } = {}) {
    const server = collector();
    const wp = createWaypoint({ ...config, stages, questions: [...questions], ...extra } as never, {
      fetch: server.fetch,
      storage: createIdbStore(),
      ...o,
    });
    const seen: string[] = [];
    wp.on('stage', (e) => seen.push(`stage ${e.previous}→${e.stage}`));
    wp.on('shown', (e) => seen.push(`shown ${e.questionId} (${e.trigger})`));
    return { wp, server, seen };
  }
  const sent = (server: ReturnType<typeof collector>, type: string) =>
    [...server.stored.values()].filter((e) => e.type === type) as unknown as Array<
      Posted & { stage: string; data: { context: Record<string, unknown> } }
    >;

  it("follows a single-page app's navigation to the right prompt, with the journey in its context", async () => {
    history.replaceState(null, '', '/');
    const { wp, server, seen } = spa();
    history.pushState(null, '', '/products/tea');
    history.pushState(null, '', '/account/orders?token=x');
    await until(() => expect(seen).toContain('shown advocate-nps (stage)'));
    expect(seen).toEqual([
      'stage aware→explore',
      'stage explore→use',
      'shown advocate-nps (stage)',
    ]);
    await wp.flush();
    const [shown] = sent(server, 'waypoint.prompt.shown');
    expect(shown).toMatchObject({
      stage: 'use',
      data: {
        context: {
          page: '/account/orders',
          trigger: 'stage',
          sampleRate: 1,
          journey: { stagesSeen: ['aware', 'explore', 'use'], daysSinceFirstSeen: 0 },
        },
      },
    });
    wp.destroy();
  });

  it('shows an event-triggered question only when the properties match', async () => {
    history.replaceState(null, '', '/');
    const { wp, seen } = spa();
    wp.track('compare_opened'); // an event stage rule: now in "explore"
    wp.track('compared', { items: 2 });
    wp.track('compared', { items: 3 });
    await until(() => expect(seen).toContain('shown choice-freedom (event:compared)'));
    expect(seen[0]).toBe('stage aware→explore');
    wp.destroy();
  });

  it('asks at most once per session, and says why in debug mode', async () => {
    const table = vi.spyOn(console, 'table').mockImplementation(() => undefined);
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    history.replaceState(null, '', '/account');
    const { wp, seen } = spa({ debug: true });
    await until(() => expect(seen).toEqual(['shown advocate-nps (stage)']));
    fireEvent.click(prompt().getByRole('button', { name: 'Not now' }));
    history.pushState(null, '', '/help/faq');
    await until(() =>
      expect(info).toHaveBeenCalledWith(
        '[waypoint]',
        'stage:support at stage "support" → no question is eligible',
      ),
    );
    const rows = table.mock.calls.at(-1)?.[0] as Array<{ question: string; reason: string }>;
    expect(rows.find((r) => r.question === 'integrative-repeat')?.reason).toBe('session-cap');
    expect(rows.find((r) => r.question === 'advocate-nps')?.reason).toBe('stage');
    expect(seen).toEqual(['shown advocate-nps (stage)', 'stage use→support']);
    wp.destroy();
  });

  it('keeps the session across pages for 30 idle minutes, then starts a new one', async () => {
    let t = Date.UTC(2026, 0, 1);
    const now = () => t;
    const sessionOf = async (
      wp: ReturnType<typeof createWaypoint>,
      server: ReturnType<typeof collector>,
    ) => {
      await wp.ask('advocate-nps');
      fireEvent.click(prompt().getByRole('button', { name: 'Not now' }));
      await until(() => expect(sent(server, 'waypoint.prompt.dismissed')).toHaveLength(1));
      await wp.flush();
      wp.destroy();
      return sent(server, 'waypoint.prompt.shown')[0]?.data.context.session;
    };
    history.replaceState(null, '', '/about');
    const first = spa({}, { now });
    const a = await sessionOf(first.wp, first.server);
    t += 20 * 60_000;
    const second = spa({}, { now });
    const b = await sessionOf(second.wp, second.server);
    t += 31 * 60_000;
    const third = spa({}, { now });
    const c = await sessionOf(third.wp, third.server);
    expect(a).toBeTruthy();
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('restores history and stops targeting on destroy', async () => {
    history.replaceState(null, '', '/');
    const before = history.pushState;
    const { wp, seen } = spa();
    wp.destroy();
    history.pushState(null, '', '/account');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    expect(history.pushState).toBe(before);
    expect(document.querySelector('waypoint-prompt')).toBeNull();
  });
});
