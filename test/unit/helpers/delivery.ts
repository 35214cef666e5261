// Opens a delivery the way the composition root does, with the page and the clock replaced:
// a fake fetch, EventTargets for window and document, no Web Locks unless given, and every
// `error` collected in `errors`.
import type { WaypointEvents } from '../../../src/contract/events';
import { type DeliveryOptions, openDelivery } from '../../../src/delivery/delivery';
import { createMemoryStore } from '../../../src/storage/memory';

export const TEST_ENDPOINT = 'https://c.example/e';

/** `errors` may be shared by several deliveries (tabs) to see the order they raised them. */
export async function testDelivery(
  overrides: Partial<DeliveryOptions> = {},
  errors: WaypointEvents['error'][] = [],
) {
  const emit = ((name: string, p: WaypointEvents['error']) => {
    if (name === 'error') errors.push(p);
  }) as DeliveryOptions['emit'];
  const delivery = await openDelivery({
    endpoint: TEST_ENDPOINT,
    owner: 'tab',
    storage: createMemoryStore(),
    now: Date.now,
    random: () => 0.5,
    emit,
    win: new EventTarget(),
    doc: new EventTarget(),
    locks: null,
    ...overrides,
  });
  return { delivery, errors };
}

/** A fetch that answers every POST with `status()` and records each body's event ids. */
export function fakeFetch(status: () => number = () => 200, headers: Record<string, string> = {}) {
  const posts: Array<{ url: string; ids: string[] }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const ids = (JSON.parse(String(init.body)) as Array<{ id: string }>).map((e) => e.id);
    posts.push({ url, ids });
    return new Response(null, { status: status(), headers });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, posts };
}
