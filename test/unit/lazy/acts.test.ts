// The act chunk's loader: fetching ahead of a likely card must not hold targeting back (a
// prefetch that counted as "a card under way" once kept the demo's checkout survey from
// showing), while a real act does hold it back until it settles.
import { describe, expect, it, vi } from 'vitest';
import type { ActDeps } from '../../../src/act/entry';
import { createLazyActs } from '../../../src/lazy/acts';

/** Deps whose card never loads anything real: only the loader's bookkeeping is under test. */
const deps = (): ActDeps =>
  ({
    loadUi: vi.fn(),
    loadPack: vi.fn(),
    send: () => Promise.resolve(),
    locale: 'en',
    core: { start: vi.fn(), fresh: vi.fn(), optOut: vi.fn(), live: vi.fn() },
    items: [],
  }) as unknown as ActDeps;

describe('createLazyActs', () => {
  it('does not count a prefetch as a card under way', async () => {
    const acts = createLazyActs(deps, 'en', vi.fn());
    acts.prefetch();
    expect(acts.busy()).toBe(false);
    await vi.waitFor(() => expect(acts.loaded).toBeDefined());
    expect(acts.busy()).toBe(false);
  });

  it('counts a real act until it settles, and loads the chunk once', async () => {
    const acts = createLazyActs(deps, 'en', vi.fn());
    let release: () => void = () => undefined;
    const running = acts.run(() => new Promise<void>((r) => (release = r)));
    expect(acts.busy()).toBe(true);
    await vi.waitFor(() => expect(acts.loaded).toBeDefined());
    const first = acts.loaded;
    release();
    await running;
    expect(acts.busy()).toBe(false);
    await acts.run(async () => undefined);
    expect(acts.loaded).toBe(first);
  });
});
