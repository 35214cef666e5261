import type { OriginAllowList } from './middleware/cors.ts';
import type { HostAllowList } from './middleware/host-check.ts';
import type { RateLimitOptions } from './middleware/rate-limit.ts';
import type { EventStorage } from './storage.ts';

/** Where the SDK posts events, and where the export reads them. */
export const EVENTS_PATH = '/v1/events';

/** What the collector app needs; the allow-lists are read on every request (port 0 fills them late). */
export interface CollectorOptions {
  storage: EventStorage;
  /** Browser origins that may post events. */
  allowedOrigins: OriginAllowList;
  /** Host names this server answers to (DNS-rebinding defence); omitted, any. */
  allowedHosts?: HostAllowList;
  /** The bearer token reads need; omitted, reads are off. */
  readToken?: string;
  /** Per client address; `false` turns it off (browser tests that send a lot). */
  rateLimit?: RateLimitOptions | false;
  /** Called after a batch added new events (the forwarding relay looks for work then). */
  onStored?: () => void;
  /** Where operational warnings go (refused origins); default `console.warn`. */
  log?: (line: string) => void;
  /** The clock for how often a warning repeats; default `Date.now`. */
  now?: () => number;
  /**
   * The folder `/waypoint.js` and its chunks are served from; default the `dist/` of the
   * installed `waypoint-feedback` package.
   */
  scriptDir?: string;
}
