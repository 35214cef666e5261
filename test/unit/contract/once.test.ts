// Load once, forget a failure: the next call after a rejection tries again, a success is kept.
import { describe, expect, it, vi } from 'vitest';
import { once } from '../../../src/contract/once';

describe('once', () => {
  it('makes once while it works, and again after a failure', async () => {
    const make = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue('chunk');
    const chunk = once(make);
    expect(chunk.peek()).toBeUndefined();
    await expect(chunk.get()).rejects.toThrow('offline');
    expect(chunk.peek()).toBeUndefined();
    await expect(chunk.get()).resolves.toBe('chunk');
    await chunk.get();
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('hands back what it made on reset, and makes afresh after it', async () => {
    const chunk = once(async () => ({}));
    const first = chunk.get();
    expect(chunk.reset()).toBe(first);
    expect(chunk.peek()).toBeUndefined();
    expect(await chunk.get()).not.toBe(await first);
  });

  it('does not forget a newer attempt when an older one, reset meanwhile, fails', async () => {
    let fail: (e: Error) => void = () => undefined;
    const chunk = once(
      vi
        .fn<() => Promise<number>>()
        .mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)))
        .mockResolvedValue(2),
    );
    const old = chunk.get();
    chunk.reset();
    const fresh = chunk.get();
    fail(new Error('late'));
    await expect(old).rejects.toThrow('late');
    expect(chunk.peek()).toBe(fresh);
  });
});
