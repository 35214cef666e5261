// In real Chromium: two configs on one origin (two tenants) share one IndexedDB. Both answer
// while their endpoints are unreachable; back online, each endpoint receives only its own
// tenant's events, free text included.
import { describe, expect, it } from 'vitest';
import { answer, countPosts, duplicates, flush, openPage, pending, useScenario } from './widget';

const { scenario, context: browserContext } = useScenario();

describe('two configs with different endpoints on one origin', () => {
  it('never deliver each other’s events', async () => {
    const context = browserContext();
    let reachable = false;
    /** Tenant B's collector: another service, here answered by the test. */
    const tenantB: Array<{ id: string; site: string }> = [];
    await context.route('**/tenant-b/events', (route) => {
      if (!reachable) return route.abort('internetdisconnected');
      tenantB.push(...(JSON.parse(route.request().postData() ?? '[]') as typeof tenantB));
      return route.fulfill({ status: 200, body: '{}' });
    });
    await context.route('**/v1/events', (route) =>
      reachable ? route.continue() : route.abort('internetdisconnected'),
    );
    const postedA = countPosts(context, '/v1/events');
    const postedB = countPosts(context, '/tenant-b/events');
    const a = await openPage(context, `${scenario().demo.url}/`);
    const b = await openPage(context, `${scenario().demo.url}/tenant-b.html`);
    const fromA = [await answer(a, 3), await answer(a, 4)];
    const fromB = [await answer(b, 9), await answer(b, 10)];
    reachable = true;
    await flush(a);
    await flush(b);
    await expect.poll(async () => (await pending(a)).count, { timeout: 20_000 }).toBe(0);
    await expect.poll(async () => (await pending(b)).count, { timeout: 20_000 }).toBe(0);
    const atA = scenario().demo.store.list({ limit: 100 });
    for (const x of fromA) expect(atA.map((e) => e.id)).toContain(x.id);
    for (const x of fromB) expect(tenantB.map((e) => e.id)).toContain(x.id);
    expect(atA.filter((e) => e.site !== 'tenant-a')).toEqual([]);
    expect(tenantB.filter((e) => e.site !== 'tenant-b')).toEqual([]);
    console.info(
      '[faults] two endpoints duplicate POSTs:',
      duplicates(postedA),
      '(tenant a),',
      duplicates(postedB),
      '(tenant b)',
    );
  });
});
