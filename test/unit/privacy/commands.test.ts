// The rules of the privacy commands: `identify` refuses an id that is not a string, and a
// consent change starts storage or withdraws, only when it changes.
import { describe, expect, it, vi } from 'vitest';
import { identify, setConsent } from '../../../src/privacy/commands';
import { createConsent } from '../../../src/privacy/consent';
import { withdrawConsent } from '../../../src/privacy/forget';
import { createMemoryStore } from '../../../src/storage/memory';
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

describe('setConsent', () => {
  it('starts storage on a grant, every time, and withdraws only on a change', () => {
    const consent = createConsent(true);
    const start = vi.fn();
    const withdraw = vi.fn();
    setConsent(consent, false, start, withdraw);
    expect(withdraw).not.toHaveBeenCalled();
    setConsent(consent, true, start, withdraw);
    setConsent(consent, true, start, withdraw);
    expect(start).toHaveBeenCalledTimes(2);
    setConsent(consent, 'yes', start, withdraw);
    expect(consent.granted()).toBe(false);
    expect(withdraw).toHaveBeenCalledOnce();
  });
});

describe('withdrawConsent', () => {
  it('stops first, then wipes the visitor from the device', async () => {
    const store = createMemoryStore();
    await store.set(VISITOR_KEY, 'v1');
    const stop = vi.fn();
    withdrawConsent(stop, Promise.resolve(store), vi.fn());
    expect(stop).toHaveBeenCalledOnce();
    await vi.waitFor(async () => expect(await store.get(VISITOR_KEY)).toBeUndefined());
  });

  it('reports a wipe that fails, and does not reject', async () => {
    const error = vi.fn();
    withdrawConsent(vi.fn(), Promise.reject(new Error('no device')), error);
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith('storage', expect.stringContaining('no device')),
    );
  });

  it('has nothing to wipe before storage was opened', () => {
    const stop = vi.fn();
    withdrawConsent(stop, undefined, vi.fn());
    expect(stop).toHaveBeenCalledOnce();
  });
});
