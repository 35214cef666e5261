// What delivery takes from the config and the page: where events go, what they say they come
// from, and how text is scrubbed. Read once, at start-up, for the sender the core loads later.
import type { ResolvedConfig } from '../config/resolved';
import { globalFetch } from '../platform/env';
import type { SenderOptions } from './sender';

export interface PageFacts {
  url: string | undefined;
  locale: string;
  win: SenderOptions['win'];
  now(): number;
  newId(): string;
}

type Settings = Omit<SenderOptions, 'store' | 'look' | 'emit' | 'onSent' | 'stopped'>;

/** `own`: the page's `fetch` and `random` unless the developer passed theirs (tests do). */
export function senderSettings(
  config: ResolvedConfig,
  p: PageFacts,
  own: { fetch?: SenderOptions['delivery']['fetch']; random?: () => number },
): Settings {
  return {
    delivery: {
      endpoint: config.endpoint,
      site: config.site,
      owner: p.newId(), // this page's lease on the queue
      fetch: own.fetch ?? globalFetch(),
      random: own.random ?? Math.random,
    },
    source: p.url ? new URL(p.url).origin : `urn:waypoint:${config.site}`,
    site: config.site,
    locale: p.locale,
    scrubText: config.privacy.scrubText,
    sdk: `waypoint/${__SDK_VERSION__}`,
    win: p.win,
    now: p.now,
    newId: p.newId,
  };
}
