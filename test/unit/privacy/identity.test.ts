import { describe, expect, it, vi } from 'vitest';
import { createIdentity } from '../../../src/privacy/traits';

describe('createIdentity', () => {
  it('keeps the last good user when a later identify is refused', () => {
    const report = vi.fn();
    const who = createIdentity(false, report);
    expect(who.user()).toBeUndefined();
    who.identify('u1', { plan: 'pro' });
    who.identify(42, { plan: 'free' });
    expect(report).toHaveBeenCalledWith('identify needs a user id string');
    expect(who.user()).toEqual({ id: 'u1', traits: { plan: 'pro' } });
  });

  it('sends no user in anonymous mode, but audiences still read the traits', () => {
    const who = createIdentity(true, vi.fn());
    who.identify('u1', { plan: 'pro' });
    expect(who.user()).toBeUndefined();
    expect(who.traits()).toEqual({ plan: 'pro' });
  });
});
