/**
 * The composition root: `createWaypoint` validates the config and wires storage, journey,
 * visitor, queue, delivery and the prompt together. Rules live in the modules it wires.
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
import { type AnswerValue, createEmitter, type EventName, type Listener } from './events';
import {
  daysSinceFirstSeen,
  enterStage,
  JOURNEY_KEY,
  type Journey,
  loadJourney,
} from './journey/memory';
import { stageForEvent, stageForPath } from './journey/resolve-stage';
import { pagePath } from './privacy/page';
import { createFlusher, type FlushResult } from './queue/flusher';
import { openStorage } from './queue/open-storage';
import { createQueue, type Queue } from './queue/queue';
import { type KeyValueStore, persistenceOf } from './queue/storage';
import { deviceClass } from './targeting/device';
import { loadVisitor, saveOptOut, type Visitor } from './targeting/visitor';
import { captureEvent } from './transport/capture';
import type { WaypointEventType } from './transport/envelope';
import { sendBatch } from './transport/send';
import { uuidv7 } from './transport/uuid';
import { type MountedPrompt, mountPrompt } from './ui/mount';
import type { DeliveryState } from './ui/types';

export const SDK_VERSION = __SDK_VERSION__;
const SEND_TIMEOUT_MS = 15_000;
const THANKS_MS = 6000;

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

/** A running Waypoint instance. Methods never throw; failures arrive as `error` events. */
export interface Waypoint {
  readonly config: ResolvedConfig;
  /** Records a named event; stage rules that name it move the visitor to their stage. */
  track(name: string, props?: Record<string, unknown>): void;
  /** Sets the visitor's current journey stage. */
  stage(id: string): void;
  /** Attaches a user id (and traits) to later events, unless the config is anonymous. */
  identify(userId: string, traits?: Record<string, string | number | boolean>): void;
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

interface Core {
  store: KeyValueStore;
  queue: Queue;
  flusher: ReturnType<typeof createFlusher>;
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
  const fetchFn = options.fetch ?? globalFetch();
  const emitter = createEmitter();
  const anonymous = config.privacy.anonymous || globalPrivacyControl();
  const owner = uuidv7(now());
  const session = uuidv7(now());
  const locale = resolveLocale(config.locale, doc);
  const path = pagePath(url);

  let consented = !config.privacy.requireConsent;
  let destroyed = false;
  let currentStage = options.stage ?? stageForPath(config.stages, path);
  let user: { id: string; traits?: Record<string, string | number | boolean> } | undefined;
  let prompt: MountedPrompt | undefined;
  let thanksTimer: ReturnType<typeof setTimeout> | undefined;
  let core: Promise<Core> | undefined;
  const cleanups: Array<() => void> = [];
  if (config.debug) {
    emitter.on('error', (e) => console.warn('[waypoint]', `${e.code}: ${e.message}`));
  }

  const error = (code: Parameters<typeof emitter.emit<'error'>>[1]['code'], message: string) =>
    emitter.emit('error', { code, message });

  /** Storage is opened only once consent allows storing anything (DESIGN §6). */
  function start(): Promise<Core> {
    core ??= (async () => {
      let store = options.storage;
      if (!store) {
        const opened = await openStorage();
        store = opened.store;
        if (opened.problems.length) {
          error(
            'storage',
            `durable storage unavailable (${opened.problems.join('; ')}); using ${store.kind}`,
          );
        }
      }
      const queue = createQueue(store, { owner, now });
      const send = (body: string) =>
        fetchFn
          ? sendBatch({
              fetch: fetchFn,
              endpoint: config.endpoint,
              body,
              timeoutMs: SEND_TIMEOUT_MS,
              now,
            })
          : Promise.resolve({
              kind: 'retry' as const,
              status: 0,
              reason: 'fetch is not available',
            });
      const flusher = createFlusher({ queue, send, emit: emitter.emit, now, random });
      const visitor = await loadVisitor(store, anonymous, () => uuidv7(now()));
      let journey = await loadJourney(store, now());
      if (currentStage) {
        journey = enterStage(journey, currentStage, now());
        await store.set(JOURNEY_KEY, journey);
      }
      const c = { store, queue, flusher, visitor, journey };
      emitter.emit('ready', { persistence: persistenceOf(store.kind), version: SDK_VERSION });
      flushSoon(c);
      return c;
    })();
    return core;
  }

  function flushSoon(c: Core): void {
    if (destroyed) return;
    c.flusher.flush().catch((e) => error('storage', `could not read the queue: ${String(e)}`));
  }

  function contextFor(c: Core, trigger: string, sampleRate: number, reason?: string) {
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

  async function record(
    c: Core,
    type: WaypointEventType,
    q: ResolvedConfig['questions'][number],
    trigger: string,
    answer?: { value: AnswerValue; followUp?: string },
    reason?: string,
  ) {
    const event = captureEvent({
      type,
      id: uuidv7(now()),
      now: now(),
      source: url ? new URL(url).origin : `urn:waypoint:${config.site}`,
      site: config.site,
      stage: currentStage ?? 'unknown',
      question: q,
      text: localize(q.text, locale),
      answer,
      context: contextFor(c, trigger, q.sample, reason),
      scrubText: config.privacy.scrubText,
    });
    const appended = await c.queue.append(event).catch((e: unknown) => ({
      ok: false as const,
      reason: 'storage' as const,
      message: String(e),
    }));
    if (!appended.ok)
      error(appended.reason === 'full' ? 'queue-full' : 'storage', appended.message);
    return { event, stored: appended.ok };
  }

  function close(): void {
    clearTimeout(thanksTimer);
    prompt?.unmount();
    prompt = undefined;
  }

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
    if (prompt) return { shown: false, reason: 'a prompt is already open' };
    if ((await c.queue.stats()).count >= 1000) {
      error('queue-full', 'the queue is full; not asking until it drains');
      return { shown: false, reason: 'queue-full' };
    }
    if (!doc?.body || destroyed) return { shown: false, reason: 'no document' };
    const trigger = 'manual';
    const shown = await record(c, 'waypoint.prompt.shown', q, trigger);
    const eventId = shown.event.id;
    const setDelivery = (delivery: DeliveryState) => prompt?.update({ delivery });
    const onSent = ({ ids }: { ids: string[] }) => {
      if (answerId && ids.includes(answerId)) setDelivery('sent');
    };
    let answerId: string | undefined;
    try {
      prompt = mountPrompt(doc, config.appearance, {
        question: {
          id: q.id,
          type: q.type,
          quality: q.quality,
          text: localize(q.text, locale),
          labels: q.labels && {
            min: localize(q.labels.min, locale),
            max: localize(q.labels.max, locale),
          },
          options: q.options?.map((o) => ({ id: o.id, text: localize(o.text, locale) })),
          multiple: q.multiple,
          placeholder: localize(q.placeholder, locale),
          maxLength: q.maxLength,
          followUp: q.followUp && {
            when: q.followUp.when,
            text: localize(q.followUp.text, locale),
          },
        },
        locale,
        endpointHost: new URL(config.endpoint).host,
        policyUrl: config.privacy.policyUrl,
        sendsVisitorId: !!c.visitor.id,
        onSubmit(value, followUp) {
          setDelivery('saving');
          void record(c, 'waypoint.answer', q, trigger, { value, followUp }).then(
            ({ event, stored }) => {
              answerId = event.id;
              const persisted = stored && c.store.kind !== 'memory';
              emitter.emit('answer', {
                questionId: q.id,
                eventId: event.id,
                value,
                followUp,
                persisted,
              });
              setDelivery(!persisted ? 'volatile' : isOffline() ? 'saved-offline' : 'saved');
              emitter.on('sent', onSent);
              cleanups.push(() => emitter.off('sent', onSent));
              thanksTimer = setTimeout(close, THANKS_MS);
              flushSoon(c);
            },
          );
        },
        onDismiss(reason) {
          close();
          if (reason === 'opt-out') {
            c.visitor.optedOut = true;
            saveOptOut(c.store).catch((e) =>
              error('storage', `could not save the opt-out: ${String(e)}`),
            );
          }
          void record(c, 'waypoint.prompt.dismissed', q, trigger, undefined, reason).then(
            ({ event }) => {
              emitter.emit('dismissed', { questionId: q.id, eventId: event.id, reason });
              flushSoon(c);
            },
          );
        },
        onClose: close,
      });
    } catch (e) {
      error('render', `could not show "${q.id}": ${String(e)}`);
      return { shown: false, reason: 'render' };
    }
    emitter.emit('shown', { questionId: q.id, eventId, trigger });
    return { shown: true, eventId };
  }

  function setStage(id: string): void {
    if (!id || id === currentStage) return;
    const previous = currentStage;
    currentStage = id;
    emitter.emit('stage', { stage: id, previous });
    if (core) {
      void core
        .then((c) => {
          c.journey = enterStage(c.journey, id, now());
          return c.store.set(JOURNEY_KEY, c.journey);
        })
        .catch((e) => error('storage', `could not save the journey: ${String(e)}`));
    }
  }

  // Commands run through `guard`, so nothing of ours ever throws into the host page.
  const guard =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R, fallback: R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (e) {
        error('config', `${name} failed: ${String(e)}`);
        return fallback;
      }
    };

  const onOnline = () => void core?.then(flushSoon);
  win?.addEventListener?.('online', onOnline);
  cleanups.push(() => win?.removeEventListener?.('online', onOnline));
  if (consented) void start().catch((e) => error('storage', String(e)));

  return {
    config,
    track: guard(
      'track',
      (name: string) => {
        if (typeof name !== 'string' || !name) return error('config', 'track needs an event name');
        const s = stageForEvent(config.stages, name);
        if (s) setStage(s);
      },
      undefined,
    ),
    stage: guard(
      'stage',
      (id: string) => {
        if (typeof id !== 'string' || !config.stages.some((s) => s.id === id)) {
          return error(
            'config',
            `unknown stage "${String(id)}" (known: ${config.stages.map((s) => s.id).join(', ')})`,
          );
        }
        setStage(id);
      },
      undefined,
    ),
    identify: guard(
      'identify',
      (userId: string, traits?: Record<string, string | number | boolean>) => {
        if (typeof userId !== 'string' || !userId)
          return error('config', 'identify needs a user id string');
        user = traits ? { id: userId, traits } : { id: userId };
      },
      undefined,
    ),
    ask: (id) =>
      ask(id).catch((e) => {
        error('render', `ask failed: ${String(e)}`);
        return { shown: false, reason: 'error' } as const;
      }),
    flush: () =>
      consented || core
        ? start()
            .then((c) => c.flusher.flush())
            .catch((e) => {
              error('storage', `flush failed: ${String(e)}`);
              return { state: 'waiting' as const, pending: 0, reason: String(e) };
            })
        : Promise.resolve({ state: 'idle' as const, pending: 0 }),
    consent: guard(
      'consent',
      (granted: boolean) => {
        consented = granted === true;
        if (consented) void start().catch((e) => error('storage', String(e)));
        else close();
      },
      undefined,
    ),
    pending: async () => {
      if (!core) return { count: 0, oldestAgeMs: undefined, deadLettered: 0 };
      const s = await (await core).queue.stats();
      return {
        count: s.count,
        oldestAgeMs: s.oldest === undefined ? undefined : now() - s.oldest,
        deadLettered: s.dead,
      };
    },
    on: (name, fn) => emitter.on(name, fn),
    off: (name, fn) => emitter.off(name, fn),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      close();
      for (const fn of cleanups.splice(0)) fn();
      void core?.then((c) => c.flusher.stop());
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
