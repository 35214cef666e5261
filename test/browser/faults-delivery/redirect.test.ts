// In real Chromium, an endpoint that answers 302 to a page that answers 200: the followed POST
// becomes a GET whose 200 acknowledges nothing, so the widget keeps the answer (`pending()`
// unchanged) and raises one `error`, however often it flushes.
import { describe, expect, it } from 'vitest';
import {
  answer,
  countPosts,
  duplicates,
  errors,
  flush,
  openPage,
  pending,
  useScenario,
} from './widget';

const { scenario, context: browserContext } = useScenario();

describe('an endpoint that redirects', () => {
  it('keeps the answer pending and raises one error', async () => {
    const context = browserContext();
    // The endpoint moved, and redirects to the site's home page, which answers 200 to a GET.
    await context.route('**/v1/events', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 302, headers: { Location: '/' } })
        : route.continue(),
    );
    const followed: string[] = [];
    context.on('request', (req) => {
      if (req.redirectedFrom()) followed.push(req.url());
    });
    const posted = countPosts(context, '/v1/events');
    const page = await openPage(context, `${scenario().demo.url}/`);
    const a = await answer(page, 9);
    await expect.poll(async () => (await errors(page)).length).toBe(1);
    const before = await pending(page); // the answer and the prompt's `shown` event
    expect(before.count).toBeGreaterThanOrEqual(1);
    await flush(page);
    await flush(page);
    expect(await pending(page)).toEqual({ ...before, deadLettered: 0 });
    const heard = await errors(page);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/^delivery: .*redirect/);
    expect(followed).toEqual([]); // the redirect was never followed
    expect(
      scenario()
        .demo.store.list({ limit: 100 })
        .some((e) => e.id === a.id),
    ).toBe(false);
    console.info('[faults] redirect duplicate POSTs:', duplicates(posted));
  });
});
