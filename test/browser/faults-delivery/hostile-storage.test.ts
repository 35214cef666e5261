// In real Chromium, a host page without IndexedDB (answers go to localStorage) that also patches
// `Array.prototype.toJSON`, as Prototype.js-era code does: an answer given offline goes through
// storage and reaches the collector intact.
import { describe, expect, it } from 'vitest';
import { answer, countPosts, duplicates, flush, openPage, pending, useScenario } from './widget';

const { scenario, context: browserContext } = useScenario();

describe('no IndexedDB and a patched Array.prototype.toJSON', () => {
  it('delivers the payload intact', async () => {
    const context = browserContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      // biome-ignore lint/suspicious/noExplicitAny: the hostile patch under test
      (Array.prototype as any).toJSON = function () {
        return `hijacked(${this.length})`;
      };
    });
    const posted = countPosts(context, '/v1/events');
    const page = await openPage(context, `${scenario().demo.url}/`);
    // The endpoint is unreachable, so the answer goes through storage and back. (Not
    // `setOffline`: the page must still load the widget's lazy chunks.)
    await context.route('**/v1/events', (route) => route.abort('internetdisconnected'));
    const a = await answer(page, 6);
    expect(a.persisted).toBe(true); // localStorage survives a reload
    await context.unroute('**/v1/events');
    await flush(page);
    const find = () =>
      scenario()
        .demo.store.list({ limit: 100 })
        .find((e) => e.id === a.id);
    await expect.poll(() => find() !== undefined, { timeout: 20_000 }).toBe(true);
    const stored = find() as unknown as {
      data: { answer: { value: unknown }; context: { journey: { stagesSeen: unknown } } };
    };
    expect(Array.isArray(stored.data.context.journey.stagesSeen)).toBe(true);
    expect(stored.data.answer.value).toBe(6);
    expect((await pending(page)).deadLettered).toBe(0);
    console.info('[faults] hostile storage duplicate POSTs:', duplicates(posted));
  });
});
