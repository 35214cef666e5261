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
  it('starts granted only when consent is not required, and says when it changes', () => {
    expect(createConsent(false).granted()).toBe(true);
    const c = createConsent(true);
    expect(c.granted()).toBe(false);
    expect(c.set(true)).toBe(true);
    expect(c.set(true)).toBe(false);
    expect(c.granted()).toBe(true);
  });
});
