/**
 * Consent and anonymity (DESIGN §6): whether anything may be stored or shown yet, and whether
 * events may carry a visitor or user id. Global Privacy Control and Do Not Track both turn on
 * anonymous mode.
 */
import { doNotTrack, globalPrivacyControl } from '../platform/env';

export interface Consent {
  /** Whether storing and showing are allowed now. */
  granted(): boolean;
  /**
   * Records the visitor's choice (only `true` grants): a grant runs `start`, every time; a
   * change to withdrawn runs `withdraw`.
   */
  set(granted: unknown, start: () => void, withdraw: () => void): void;
}

/** @example const consent = createConsent(config.privacy.requireConsent); */
export function createConsent(required: boolean): Consent {
  let granted = !required;
  return {
    granted: () => granted,
    set(next, start, withdraw) {
      const was = granted;
      granted = next === true;
      if (granted) start();
      else if (was) withdraw();
    },
  };
}

/** Anonymous when the config says so or the browser sends GPC or DNT. */
export function isAnonymous(configured: boolean): boolean {
  return configured || globalPrivacyControl() || doNotTrack();
}
