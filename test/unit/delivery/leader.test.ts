import { describe, expect, it } from 'vitest';
import { lockLeadership, storeLeadership } from '../../../src/delivery/leader';
import { createMemoryStore } from '../../../src/storage/memory';
import { fakeLocks } from '../helpers/fake-locks';

describe('leadership through Web Locks', () => {
  it('runs one flusher at a time across tabs', async () => {
    const locks = fakeLocks();
    const a = lockLeadership(locks.forTab('a'));
    const b = lockLeadership(locks.forTab('b'));
    let release: () => void = () => undefined;
    const first = a.run(() => new Promise<string>((r) => (release = () => r('a'))));
    expect(await b.run(async () => 'b')).toBeUndefined();
    release();
    expect(await first).toBe('a');
    expect(await b.run(async () => 'b')).toBe('b');
  });
});

describe('leadership through a storage record', () => {
  it('lets one owner lead until it finishes or its deadline passes', async () => {
    const store = createMemoryStore();
    let t = 1_000_000;
    const now = () => t;
    const a = storeLeadership(store, 'a', 30_000, now);
    const b = storeLeadership(store, 'b', 30_000, now);
    let inside: string | undefined;
    await a.run(async () => {
      inside = await b.run(async () => 'b'); // b is refused while a leads
      return 'a';
    });
    expect(inside).toBeUndefined();
    expect(await b.run(async () => 'b')).toBe('b'); // a finished and let go

    // A leader that died keeps the others out only until its deadline.
    await store.set('s/flush-leader', { owner: 'dead', until: t + 30_000 });
    expect(await b.run(async () => 'b')).toBeUndefined();
    t += 30_001;
    expect(await b.run(async () => 'b')).toBe('b');
  });

  it('treats a deadline absurdly far ahead (the clock moved back) as expired', async () => {
    const store = createMemoryStore();
    await store.set('s/flush-leader', { owner: 'other', until: Date.now() + 86_400_000 });
    const b = storeLeadership(store, 'b', 30_000, Date.now);
    expect(await b.run(async () => 'b')).toBe('b');
  });
});
