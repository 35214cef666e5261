/**
 * The composition root: `createWaypoint` validates the config and wires the journey, the
 * visitor, delivery and the prompt together. Rules live in the modules it wires.
 */
import { localize } from './config/localize';
import { parseConfig, type ResolvedConfig } from './config/parse';
import type { WaypointConfig } from './config/schema';
import {
  getDocument,
  getWindow,
  globalFetch,
  globalPrivacyControl,
  isOffline,
  pageUrl,
} from './env';
import {
  type AnswerValue,
  createEmitter,
  type ErrorCode,
  type EventName,
  type Listener,
} from './events';
import {
  daysSinceFirstSeen,
  enterStage,
  JOURNEY_KEY,
  type Journey,
  loadJourney,
} from './journey/memory';
import { stageForEvent, stageForPath } from './journey/resolve-stage';
import { pagePath } from './privacy/page';
import { createPrompter } from './prompter';
import { type Delivery, openDelivery } from './queue/delivery';
import type { FlushResult } from './queue/flusher';
import type { KeyValueStore } from './queue/storage';
import { deviceClass } from './targeting/device';
import { loadVisitor, saveOptOut, type Visitor } from './targeting/visitor';
import { captureEvent } from './transport/capture';
import type { EventContext, WaypointEventType } from './transport/envelope';
import { uuidv7 } from './transport/uuid';

export const SDK_VERSION = __SDK_VERSION__;

/** Seams for tests and unusual hosts; every one has a sensible browser default. */
export interface WaypointOptions {
  /** Where to keep the queue and visitor state (default: IndexedDB → localStorage → memory). */
  storage?: KeyValueStore;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  document?: Document;
  /** The page URL (default: `location.href`); relative endpoints resolve against it. */
  url?: string;
  /** This page's journey stage (the script tag's `data-stage`). */
  stage?: string;
}

/** Why `ask` did or did not show a prompt. */
export type AskResult = { shown: true; eventId: string } | { shown: false; reason: string };

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
  /** Shows a question now, past targeting and caps, but never past opt-out or missing consent. */
  ask(questionId: string): Promise<AskResult>;
  /** Sends what is queued; settles when the queue is empty or can go no further for now. */
  flush(): Promise<FlushResult>;
  /** Grants or withdraws consent (needed first when `privacy.requireConsent` is on). */
  consent(granted: boolean): void;
  /** How many events wait to be sent, and the age of the oldest in ms. */
  pending(): Promise<{ count: number; oldestAgeMs: number | undefined; deadLettered: number }>;
  on<K extends EventName>(name: K, fn: Listener<K>): void;
  off<K extends EventName>(name: K, fn: Listener<K>): void;
  /** Removes the prompt, listeners and timers. Queued events stay for the next page. */
  destroy(): void;
}

/** What exists once storage may be used (after consent, when consent is required). */
interface Core {
  delivery: Delivery;
  visitor: Visitor;
  journey: Journey;
}

/**
 * Creates a Waypoint instance. Throws `WaypointConfigError` (naming each bad field) for an
 * invalid config; never throws afterwards.
 *
 * @example
 * const wp = createWaypoint({ site: 'acme', endpoint: 'https://collect.example.com/v1/events' });
 * wp.on('answer', (e) => console.info('answered', e.questionId));
 * wp.ask('advocate-nps');
 */
export function createWaypoint(input: WaypointConfig, options: WaypointOptions = {}): Waypoint {
  const url = options.url ?? pageUrl();
  const win = getWindow();
  const config = parseConfig(input, { base: url, defaultSite: url ? safeHost(url) : undefined });
  const doc = options.document ?? getDocument();
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const emitter = createEmitter();
  const anonymous = config.privacy.anonymous || globalPrivacyControl();
  const owner = uuidv7(now());
  const session = uuidv7(now());
  const locale = resolveLocale(config.locale, doc);
  const path = pagePath(url);
  const source = url ? new URL(url).origin : `urn:waypoint:${config.site}`;

  let consented = !config.privacy.requireConsent;
  let destroyed = false;
  let currentStage = options.stage ?? stageForPath(config.stages, path);
  let user: { id: string; traits?: Traits } | undefined;
  let core: Promise<Core> | undefined;
  let live: Core | undefined;

  const error = (code: ErrorCode, message: string) => emitter.emit('error', { code, message });
  if (config.debug)
    emitter.on('error', (e) => console.warn('[waypoint]', `${e.code}: ${e.message}`));

  /** Storage is opened only once consent allows storing anything (DESIGN §6). */
  function start(): Promise<Core> {
    core ??= (async () => {
      const delivery = await openDelivery({
        endpoint: config.endpoint,
        owner,
        storage: options.storage,
        fetch: options.fetch ?? globalFetch(),
        now,
        random,
        emit: emitter.emit,
        win,
      });
      const visitor = await loadVisitor(delivery.store, anonymous, () => uuidv7(now()));
      let journey = await loadJourney(delivery.store, now());
      if (currentStage) {
        journey = enterStage(journey, currentStage, now());
        await delivery.store.set(JOURNEY_KEY, journey);
      }
      live = { delivery, visitor, journey };
      if (destroyed) delivery.stop();
      emitter.emit('ready', { persistence: delivery.persistence, version: SDK_VERSION });
      return live;
    })();
    return core;
  }

  function contextFor(c: Core, trigger: string, sampleRate: number, reason?: string): EventContext {
    return {
      page: path,
      locale,
      ...(c.visitor.id ? { visitor: c.visitor.id } : {}),
      session,
      trigger,
      sampleRate,
      journey: {
        stagesSeen: c.journey.stagesSeen,
        daysSinceFirstSeen: daysSinceFirstSeen(c.journey, now()),
      },
      device: deviceClass(win),
      sdk: `waypoint/${SDK_VERSION}`,
      ...(user && !anonymous ? { user } : {}),
      ...(reason ? { reason } : {}),
    };
  }

  const prompter = createPrompter({
    doc: doc as Document,
    config,
    locale,
    emitter,
    sendsVisitorId: () => !!live?.visitor.id,
    isOffline,
    async record(
      type: WaypointEventType,
      q,
      trigger,
      answer?: { value: AnswerValue; followUp?: string },
      reason?: string,
    ) {
      const c = await start();
      const event = captureEvent({
        type,
        id: uuidv7(now()),
        now: now(),
        source,
        site: config.site,
        stage: currentStage ?? 'unknown',
        question: q,
        text: localize(q.text, locale),
        answer,
        context: contextFor(c, trigger, q.sample, reason),
        scrubText: config.privacy.scrubText,
      });
      return { event, ...(await c.delivery.append(event)) };
    },
    onOptOut() {
      if (!live) return;
      live.visitor.optedOut = true;
      saveOptOut(live.delivery.store).catch((e) =>
        error('storage', `could not save the opt-out: ${String(e)}`),
      );
    },
    flush() {
      if (!destroyed) void live?.delivery.flush();
    },
  });

  async function ask(questionId: string): Promise<AskResult> {
    if (destroyed) return { shown: false, reason: 'destroyed' };
    if (!consented) {
      error('consent', `not asking "${questionId}": consent has not been given`);
      return { shown: false, reason: 'consent' };
    }
    const q = config.questions.find((x) => x.id === questionId);
    if (!q) {
      error(
        'unknown-question',
        `no question "${questionId}" (known: ${config.questions.map((x) => x.id).join(', ')})`,
      );
      return { shown: false, reason: 'unknown-question' };
    }
    const c = await start();
    if (c.visitor.optedOut) {
      error('consent', `not asking "${questionId}": the visitor chose "Don't ask me again"`);
      return { shown: false, reason: 'opted-out' };
    }
    if (prompter.isOpen) return { shown: false, reason: 'a prompt is already open' };
    if (await c.delivery.isFull()) {
      error('queue-full', 'the queue is full; not asking until it drains');
      return { shown: false, reason: 'queue-full' };
    }
    if (!doc?.body || destroyed) return { shown: false, reason: 'no document' };
    try {
      return { shown: true, eventId: await prompter.show(q, 'manual') };
    } catch (e) {
      prompter.close();
      error('render', `could not show "${q.id}": ${String(e)}`);
      return { shown: false, reason: 'render' };
    }
  }

  function setStage(id: string): void {
    if (!id || id === currentStage) return;
    const previous = currentStage;
    currentStage = id;
    emitter.emit('stage', { stage: id, previous });
    if (!live) return;
    const c = live;
    c.journey = enterStage(c.journey, id, now());
    c.delivery.store
      .set(JOURNEY_KEY, c.journey)
      .catch((e) => error('storage', `could not save the journey: ${String(e)}`));
  }

  /** Every public command runs through `guard`: nothing of ours ever throws into the host. */
  function guard<A extends unknown[]>(name: string, fn: (...args: A) => void) {
    return (...args: A): void => {
      try {
        fn(...args);
      } catch (e) {
        error('config', `${name} failed: ${String(e)}`);
      }
    };
  }

  if (consented) start().catch((e) => error('storage', String(e)));

  return {
    config,
    track: guard('track', (name: string) => {
      if (typeof name !== 'string' || !name) return error('config', 'track needs an event name');
      const s = stageForEvent(config.stages, name);
      if (s) setStage(s);
    }),
    stage: guard('stage', (id: string) => {
      if (typeof id !== 'string' || !config.stages.some((s) => s.id === id)) {
        return error(
          'config',
          `unknown stage "${String(id)}" (known: ${config.stages.map((s) => s.id).join(', ')})`,
        );
      }
      setStage(id);
    }),
    identify: guard('identify', (userId: string, traits?: Traits) => {
      if (typeof userId !== 'string' || !userId)
        return error('config', 'identify needs a user id string');
      user = traits ? { id: userId, traits } : { id: userId };
    }),
    ask: (id) =>
      ask(id).catch((e): AskResult => {
        error('render', `ask failed: ${String(e)}`);
        return { shown: false, reason: 'error' };
      }),
    flush: () =>
      consented || core
        ? start().then((c) => c.delivery.flush())
        : Promise.resolve<FlushResult>({ state: 'idle', pending: 0 }),
    consent: guard('consent', (granted: boolean) => {
      consented = granted === true;
      if (consented) start().catch((e) => error('storage', String(e)));
      else prompter.close();
    }),
    pending: async () =>
      core
        ? (await core).delivery.pending()
        : { count: 0, oldestAgeMs: undefined, deadLettered: 0 },
    on: (name, fn) => emitter.on(name, fn),
    off: (name, fn) => emitter.off(name, fn),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      prompter.close();
      live?.delivery.stop();
      emitter.clear();
    },
  };
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/[^A-Za-z0-9_.-]/g, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Config locale, else `<html lang>`, else the browser's, else English. */
function resolveLocale(configured: string, doc: Document | undefined): string {
  if (configured !== 'auto') return configured;
  const lang = doc?.documentElement?.lang;
  const nav = typeof navigator === 'undefined' ? undefined : navigator.language;
  return lang || nav || 'en';
}
