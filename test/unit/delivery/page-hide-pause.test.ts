// RELIABILITY §14: a pause the endpoint asked for (Retry-After) or a configuration problem holds
// for the page-hide send too: it would only hammer an endpoint that asked for quiet, or one
// that cannot take the batch, and records are never deleted on its strength anyway.
import { describe, expect, it } from 'vitest';
import { fakeFetch, testDelivery } from '../helpers/delivery';
import { makeEvent } from '../helpers/events';

async function hiddenAfter(status: number, headers: Record<string, string> = {}) {
  const { fetch, posts } = fakeFetch(() => status, headers);
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const { delivery } = await testDelivery({ fetch, doc });
  await delivery.append(makeEvent());
  await delivery.flush();
  const before = posts.length;
  doc.visibilityState = 'hidden';
  doc.dispatchEvent(new Event('visibilitychange'));
  delivery.stop();
  return posts.length - before;
}

describe('the page-hide send during a pause', () => {
  it('is skipped while the endpoint asked for quiet (Retry-After)', async () => {
    expect(await hiddenAfter(429, { 'Retry-After': '60' })).toBe(0);
  });

  it('is skipped while the endpoint is misconfigured', async () => {
    expect(await hiddenAfter(404)).toBe(0);
  });

  it('still goes out after our own backoff (a 503)', async () => {
    expect(await hiddenAfter(503)).toBe(1);
  });
});
