/**
 * Whether the visitor is in a question's or survey's audience (DESIGN §2): every field the
 * audience gives must match. Traits are the ones the page gave `identify` (no `identify`, no
 * trait matches); they are matched on the device and never stored for it.
 */
import type { Audience } from '../../config/schema';
import type { DeviceClass } from '../../model/device';

/** What the page and the device say about the visitor right now. */
export interface AudienceFacts {
  traits: Readonly<Record<string, unknown>> | undefined;
  device: DeviceClass;
  /** The page's locale (BCP 47). */
  locale: string;
  /** Whether an earlier session of this visitor is remembered on this device. */
  returning: boolean;
}

/** `"fr"` covers `fr-CA`; `"pt-BR"` covers only `pt-BR` (and its own subtags). */
const covers = (wanted: string, locale: string) => {
  const w = wanted.toLowerCase();
  const l = locale.toLowerCase();
  return l === w || l.startsWith(`${w}-`);
};

/**
 * @example
 * inAudience({ traits: { plan: 'pro' } }, { traits: { plan: 'pro' }, device: 'desktop',
 *   locale: 'en', returning: true }); // true
 */
export function inAudience(a: Audience | undefined, f: AudienceFacts): boolean {
  if (!a) return true;
  if (a.traits && !Object.entries(a.traits).every(([k, v]) => f.traits?.[k] === v)) return false;
  if (a.devices && !a.devices.some((d) => d === f.device)) return false;
  if (a.locales && !a.locales.some((l) => covers(l, f.locale))) return false;
  if (a.visitor && (a.visitor === 'returning') !== f.returning) return false;
  return true;
}
