/**
 * The rules of `identify` and `consent`, the visitor's privacy commands: bad input is refused
 * with a message naming it.
 */
import type { Consent } from './consent';
import { identifiedUser, type Traits } from './traits';

/** `identify`'s user, or undefined (and `report` hears why) when the id is not a string. */
export function identify(
  userId: unknown,
  traits: unknown,
  report: (message: string) => void,
): { id: string; traits?: Traits } | undefined {
  if (typeof userId !== 'string' || !userId) report('identify needs a user id string');
  else return identifiedUser(userId, traits, report);
}

/** `consent(granted)`: a grant starts storage; a change to withdrawn runs `withdraw`. */
export function setConsent(
  consent: Consent,
  granted: unknown,
  start: () => void,
  withdraw: () => void,
): void {
  const changed = consent.set(granted === true);
  if (consent.granted()) start();
  else if (changed) withdraw();
}
