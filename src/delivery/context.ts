/**
 * The context attached to every event: where the visitor is (page, stage in the journey,
 * device), who they are on this device (visitor and session, unless anonymous) and why the
 * question was asked (trigger, sampling rate).
 */

import { deviceClass } from '../model/device';
import type { EventContext } from '../transport/envelope';

export interface ContextInput {
  page: string;
  locale: string;
  /** Undefined in anonymous mode. */
  visitor: string | undefined;
  session: string;
  trigger: string;
  sampleRate: number;
  journey: EventContext['journey'];
  win: Parameters<typeof deviceClass>[0];
  sdk: string;
  /** Only outside anonymous mode. */
  user: EventContext['user'];
  reason?: string;
}

/**
 * @example
 * eventContext({ page: '/account', locale: 'en', visitor: 'v1', session: 's1', trigger: 'stage',
 *   sampleRate: 0.2, journey, win: window, sdk: 'waypoint/0.1.0', user: undefined });
 */
export function eventContext(i: ContextInput): EventContext {
  return {
    page: i.page,
    locale: i.locale,
    ...(i.visitor ? { visitor: i.visitor } : {}),
    session: i.session,
    trigger: i.trigger,
    sampleRate: i.sampleRate,
    journey: i.journey,
    device: deviceClass(i.win),
    sdk: i.sdk,
    ...(i.user ? { user: i.user } : {}),
    ...(i.reason ? { reason: i.reason } : {}),
  };
}

/**
 * The locale to ask in: the configured one, else `<html lang>`, else the browser's, else English.
 *
 * @example
 * pageLocale('auto', document); // 'fr-CA' on <html lang="fr-CA">
 */
export function pageLocale(configured: string, doc: Document | undefined): string {
  const candidates =
    configured !== 'auto'
      ? [configured]
      : [
          doc?.documentElement?.lang,
          typeof navigator === 'undefined' ? undefined : navigator.language,
        ];
  for (const c of candidates) {
    // `<html lang="FR-ca">` and `en_US` are common in the wild: canonicalise to BCP 47.
    const tag = c?.trim().replace(/_/g, '-');
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // not a BCP 47 tag: try the next source
    }
  }
  return 'en';
}
