// The privacy rules the root's commands follow: `identify` refuses an id that is not a string,
// and consent withdrawn wipes the visitor from the device, reporting a wipe that fails.
import { describe, expect, it, vi } from 'vitest';
import { withdrawConsent } from '../../../src/privacy/forget';
import { identifiedUser as identify } from '../../../src/privacy/traits';
import { createMemoryStore } from '../../../src/storage/memory';
import { delEverywhere } from '../../../src/storage/wipe-everywhere';
import { VISITOR_KEY } from '../../../src/targeting/visitor';

describe('identify', () => {
  it.each([[''], [42], [undefined], [null]])('refuses %j as a user id, naming it', (id) => {
    const report = vi.fn();
    expect(identify(id, { plan: 'pro' }, report)).toBeUndefined();
    expect(report).toHaveBeenCalledWith('identify needs a user id string');
  });

  it('keeps the user and the traits that may travel, naming what it dropped', () => {
    const report = vi.fn();
    expect(identify('u1', { plan: 'pro', since: new Date() }, report)).toEqual({
      id: 'u1',
      traits: { plan: 'pro' },
    });
    expect(report).toHaveBeenCalledWith(expect.stringContaining('dropped: since'));
  });
});

describe('withdrawConsent', () => {
  it('wipes the visitor from the device', async () => {
    const store = createMemoryStore();
    await store.set(VISITOR_KEY, 'v1');
    withdrawConsent(Promise.resolve(store), vi.fn(), delEverywhere);
    await vi.waitFor(async () => expect(await store.get(VISITOR_KEY)).toBeUndefined());
  });

  it('reports a wipe that fails, and does not reject', async () => {
    const error = vi.fn();
    withdrawConsent(Promise.reject(new Error('no device')), error, delEverywhere);
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith('storage', expect.stringContaining('no device')),
    );
  });

  it('has nothing to wipe before storage was opened', () => {
    const error = vi.fn();
    withdrawConsent(undefined, error, delEverywhere);
    expect(error).not.toHaveBeenCalled();
  });
});
