import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, isAnonymous } from '../../../src/privacy/consent';

describe('isAnonymous', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['the config says so', true, {}, true],
    ['Global Privacy Control is on', false, { globalPrivacyControl: true }, true],
    ['Do Not Track is "1"', false, { doNotTrack: '1' }, true],
    ['Do Not Track is "0"', false, { doNotTrack: '0' }, false],
    ['nothing asks for it', false, {}, false],
  ])('when %s', (_name, configured, nav, expected) => {
    vi.stubGlobal('navigator', { ...nav });
    expect(isAnonymous(configured)).toBe(expected);
  });
});

describe('createConsent', () => {
  it('starts granted only when consent is not required', () => {
    expect(createConsent(false).granted()).toBe(true);
    expect(createConsent(true).granted()).toBe(false);
  });

  it('starts storage on a grant, every time, and withdraws only on a change', () => {
    const consent = createConsent(true);
    const start = vi.fn();
    const withdraw = vi.fn();
    consent.set(false, start, withdraw);
    expect(withdraw).not.toHaveBeenCalled();
    consent.set(true, start, withdraw);
    consent.set(true, start, withdraw);
    expect(start).toHaveBeenCalledTimes(2);
    expect(consent.granted()).toBe(true);
    consent.set('yes', start, withdraw);
    expect(consent.granted()).toBe(false);
    expect(withdraw).toHaveBeenCalledOnce();
    consent.set(false, start, withdraw);
    expect(withdraw).toHaveBeenCalledOnce();
  });
});
