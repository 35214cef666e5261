// RELIABILITY §11: only a 2xx from the endpoint itself acknowledges. A followed redirect turns
// the POST into a GET whose 200 says nothing about our records.
import { describe, expect, it } from 'vitest';
import type { WaypointEvents } from '../../../src/contract/events';
import { createFlusher } from '../../../src/delivery/flusher';
import { sendOnPageHide } from '../../../src/delivery/page-hide';
import { createQueue } from '../../../src/delivery/queue';
import { createMemoryStore } from '../../../src/storage/memory';
import { sendBatch } from '../../../src/transport/send';
import { makeEvent } from '../helpers/events';
import { recordOf } from '../helpers/records';

const opts = { endpoint: 'https://c.example/e', body: '[]', timeoutMs: 1000, now: () => 0 };
const answering = (res: unknown, seen: RequestInit[] = []) =>
  (async (_url: string, init: RequestInit) => {
    seen.push(init);
    return res;
  }) as unknown as typeof globalThis.fetch;

describe('sendBatch and redirects', () => {
  it('asks the browser not to follow redirects', async () => {
    const seen: RequestInit[] = [];
    await sendBatch({ ...opts, fetch: answering(new Response(null, { status: 200 }), seen) });
    expect(seen[0]?.redirect).toBe('manual');
  });

  it.each<[string, unknown]>([
    ['an opaque redirect (redirect: manual in a browser)', { type: 'opaqueredirect', status: 0 }],
    ['a 302 handed back as is (redirect: manual outside a browser)', { status: 302 }],
    ['a 200 after a redirect a wrapped fetch followed anyway', { status: 200, redirected: true }],
  ])('treats %s as a configuration problem, never an ack', async (_name, res) => {
    const r = await sendBatch({ ...opts, fetch: answering(res) });
    expect(r.kind).toBe('config');
    expect(r.kind === 'config' && r.reason).toMatch(/redirect/);
  });

  it('keeps every record and raises one error when the endpoint keeps redirecting', async () => {
    const queue = createQueue(createMemoryStore(), { owner: 'tab' });
    for (let i = 0; i < 3; i++) await queue.append(makeEvent());
    const errors: WaypointEvents['error'][] = [];
    const fetch = answering({ status: 200, redirected: true });
    const flusher = createFlusher({
      queue,
      send: (body) => sendBatch({ ...opts, body, fetch }),
      emit: (n, p) => n === 'error' && errors.push(p as WaypointEvents['error']),
    });
    await flusher.flush({ force: true });
    await flusher.flush({ force: true });
    expect((await queue.stats()).count).toBe(3);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('delivery');
    flusher.stop();
  });
});

describe('what requests tell other sites', () => {
  it('the delivery POST sends no referrer', async () => {
    const seen: RequestInit[] = [];
    await sendBatch({ ...opts, fetch: answering(new Response(null, { status: 200 }), seen) });
    expect(seen[0]?.referrerPolicy).toBe('no-referrer');
  });

  it('the page-hide send sends no referrer and follows no redirect', () => {
    const seen: RequestInit[] = [];
    const record = recordOf(makeEvent());
    sendOnPageHide(answering(new Response(null), seen), opts.endpoint, [record], 'now');
    expect(seen[0]).toMatchObject({ referrerPolicy: 'no-referrer', redirect: 'error' });
  });
});
