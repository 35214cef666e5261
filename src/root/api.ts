/**
 * The public shape of a Waypoint instance and the seams `createWaypoint` accepts: what a
 * developer reads in the types. The composition root implements it.
 */

import type { AskResult } from '../act/ask';
import type { RenderOptions, RenderResult } from '../act/inline';
import type { ResolvedConfig } from '../config/resolved';
import type { ErrorCode, EventName, Listener } from '../contract/events';
import type { PendingReport } from '../delivery/delivery';
import type { FlushResult } from '../delivery/flusher';
import type { PageStoreOptions } from '../storage/page-store';

/** Seams for tests and unusual hosts; every one has a sensible browser default. */
export interface WaypointOptions extends PageStoreOptions {
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  document?: Document;
  /** The page URL (default: `location.href`); relative endpoints resolve against it. */
  url?: string;
  /** This page's journey stage (the script tag's `data-stage`). */
  stage?: string;
  /**
   * Problems found before the instance existed (the script tag's `data-config`), emitted as
   * `error` events just after creation, so listeners the loader stub queued hear them.
   */
  startupErrors?: Array<{ code: ErrorCode; message: string }>;
}

type Traits = Record<string, string | number | boolean>;

/** A running Waypoint instance. Methods never throw; failures arrive as `error` events. */
export interface Waypoint {
  readonly config: ResolvedConfig;
  /** Records a named event; stage rules that name it move the visitor to their stage. */
  track(name: string, props?: Record<string, unknown>): void;
  /** Sets the visitor's current journey stage. */
  stage(id: string): void;
  /** Attaches a user id (and traits) to later events, unless the config is anonymous. */
  identify(userId: string, traits?: Traits): void;
  /**
   * Shows a question or survey now, past targeting and caps, but never past opt-out or missing
   * consent.
   */
  ask(id: string): Promise<AskResult>;
  /**
   * Renders a question or survey inside `target` (a CSS selector or an element), in the page's
   * flow, in its own shadow root. Customer-initiated: it does not count against the caps, an
   * opt-out of prompts does not hide it, and it has no "Don't ask me again"; consent still
   * applies. It goes when the element leaves the page, or on `destroy()`.
   *
   * One the visitor completed on this device (a question answered, a survey to its last step,
   * inline or not) is never asked again as if new: by default it is drawn as done ("You
   * answered this — thank you", resolving `{ shown: true, answered: true }`); with
   * `{ answered: 'hide' }` nothing is drawn (`{ shown: false, reason: 'answered' }`). Neither
   * records a "shown" event. It is remembered with the visitor state: only after consent, and
   * forgotten when consent is withdrawn.
   *
   * @example
   * await waypoint.render('#feedback', 'checkout-survey'); // done on a later visit
   * await waypoint.render('#feedback', 'checkout-survey', { answered: 'hide' });
   */
  render(target: string | Element, id: string, options?: RenderOptions): Promise<RenderResult>;
  /** Sends what is queued; settles when the queue is empty or can go no further for now. */
  flush(): Promise<FlushResult>;
  /** Grants or withdraws consent (needed first when `privacy.requireConsent` is on). */
  consent(granted: boolean): void;
  /**
   * How many events wait to be sent and the age of the oldest in ms, plus how many were given
   * up on: dead-lettered (rejected by the endpoint) or expired (30 days and 3 failed sends).
   */
  pending(): Promise<PendingReport>;
  on<K extends EventName>(name: K, fn: Listener<K>): void;
  off<K extends EventName>(name: K, fn: Listener<K>): void;
  /** Removes the prompt, listeners and timers. Queued events stay for the next page. */
  destroy(): void;
}

/** What the script tag adds to the options when it runs a resolved config itself. */
export interface RuntimeOptions extends WaypointOptions {
  /** The config's verdict, when it is checked after start (the script tag): false = invalid. */
  verified?: () => Promise<boolean>;
}
