// What the runtime knows of its page before anything runs: the environment (or the options
// that stand in for it in tests and server renders), the locale, and what the config asks.
import type { Askable, ResolvedConfig } from '../config/resolved';
import { absoluteEndpoint, scopeOf } from '../delivery/scope';
import { getDocument, getWindow, isOffline, pageUrl } from '../platform/env';
import { pageLocale } from '../platform/locale';
import { isAnonymous } from '../privacy/consent';
import { uuidv7 } from '../transport/uuid';
import type { RuntimeOptions } from './api';

export function readPage(config: ResolvedConfig, options: RuntimeOptions) {
  const doc = options.document ?? getDocument();
  const now = options.now ?? Date.now;
  const items: Askable[] = [...config.questions, ...config.surveys];
  const newId = () => uuidv7(now());
  return {
    config,
    url: options.url ?? pageUrl(),
    win: getWindow(),
    doc,
    isOffline,
    now,
    newId,
    /** The session until storage is open and the stored one is known. */
    session: newId(),
    locale: pageLocale(config.locale, doc),
    items,
    anonymous: isAnonymous(config.privacy.anonymous),
    /** The config's verdict: always true outside debug mode, whose check runs beside start-up. */
    verified: options.verified ?? (() => Promise.resolve(true)),
    /** Where this config's records are kept apart (endpoint and site). */
    scope: scopeOf(absoluteEndpoint(config.endpoint), config.site),
    /** An audience of new or returning visitors needs this visit remembered: written at once. */
    keepAtOnce: items.some((i) => i.audience?.visitor),
  };
}
