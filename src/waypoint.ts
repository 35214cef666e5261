/**
 * The composition root: `createWaypoint` validates the config and wires the journey, the
 * visitor, delivery and the prompt together. Rules live in the modules it wires.
 */

import type { Waypoint, WaypointOptions } from './api';
import { localize } from './config/localize';
import { parseConfig } from './config/parse';
import type { WaypointConfig } from './config/schema';
import {
  getDocument,
  getWindow,
  globalFetch,
  globalPrivacyControl,
  isOffline,
  pageUrl,
} from './env';
import { createEmitter, type ErrorCode } from './events';
import { createJourneyRecorder } from './journey/recorder';
import { createStageTracker } from './journey/tracker';
import { pagePath } from './privacy/page';
import { createPrompter } from './prompter';
import { type Delivery, openDelivery } from './queue/delivery';
import type { FlushResult } from './queue/flusher';
import { type AskResult, askNow } from './targeting/ask';
import { eventContext, pageLocale } from './targeting/context';
import { createPresenter } from './targeting/presenter';
import { createTargeting } from './targeting/targeting';
import { loadVisitor, saveOptOut, type Visitor } from './targeting/visitor';
import { captureEvent } from './transport/capture';
import { uuidv7 } from './transport/uuid';
import { HOST_TAG } from './ui/mount';

export const SDK_VERSION = __SDK_VERSION__;

export type { Waypoint, WaypointOptions } from './api';
export type { AskResult } from './targeting/ask';

type Traits = Record<string, string | number | boolean>;

/** What exists once storage may be used (after consent, when consent is required). */
interface Core {
  delivery: Delivery;
  visitor: Visitor;
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
  const newId = () => uuidv7(now());
  const owner = newId();
  const pageSession = newId(); // until storage is open and the stored session is known
  const locale = pageLocale(config.locale, doc);
  const source = url ? new URL(url).origin : `urn:waypoint:${config.site}`;

  let path = pagePath(url);
  let consented = !config.privacy.requireConsent;
  let destroyed = false;
  let user: { id: string; traits?: Traits } | undefined;
  let core: Promise<Core> | undefined;
  let live: Core | undefined;

  const error = (code: ErrorCode, message: string) => emitter.emit('error', { code, message });
  if (config.debug)
    emitter.on('error', (e) => console.warn('[waypoint]', `${e.code}: ${e.message}`));
  const journey = createJourneyRecorder(now, (e) =>
    error('storage', `could not save the journey: ${String(e)}`),
  );

  const tracker = createStageTracker({
    stages: config.stages,
    declared: options.stage,
    url,
    win,
    onNavigate: (href) => {
      path = pagePath(href);
    },
    onChange(stage, previous) {
      emitter.emit('stage', { stage, previous });
      journey.enter(stage);
      targeting.enterStage(stage);
    },
  });
  const targeting = createTargeting({
    config,
    emitter,
    win,
    doc,
    now,
    newId,
    stage: () => tracker.current,
    consented: () => consented,
    open: () => start(),
    promptOpen: () => presenter.busy(),
    show: (q, trigger) => presenter.present(q, trigger),
    error,
    ownHost: HOST_TAG,
  });

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
      const visitor = await loadVisitor(delivery.store, anonymous, newId);
      await targeting.attach({ store: delivery.store, visitor, isFull: () => delivery.isFull() });
      await journey.attach(delivery.store);
      live = { delivery, visitor };
      if (destroyed) delivery.stop();
      emitter.emit('ready', { persistence: delivery.persistence, version: SDK_VERSION });
      return live;
    })();
    return core;
  }

  const prompter = createPrompter({
    doc: doc as Document,
    config,
    locale,
    emitter,
    sendsVisitorId: () => !!live?.visitor.id,
    sendsUserId: () => !!user && !anonymous,
    isOffline,
    async record(type, q, trigger, answer, reason) {
      const c = await start();
      const event = captureEvent({
        type,
        id: uuidv7(now()),
        now: now(),
        source,
        site: config.site,
        stage: tracker.current ?? 'unknown',
        question: q,
        text: localize(q.text, locale),
        answer,
        context: eventContext({
          page: path,
          locale,
          visitor: c.visitor.id,
          session: targeting.session ?? pageSession,
          trigger,
          sampleRate: q.sample,
          journey: journey.context(),
          win,
          sdk: `waypoint/${SDK_VERSION}`,
          user: anonymous ? undefined : user,
          reason,
        }),
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

  const presenter = createPresenter({
    card: () => prompter,
    ready: () => !!doc?.body && !destroyed,
    engaged: () => targeting.engaged(),
    error,
  });

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

  // After the loader stub's queued `on('error', …)` calls have been replayed (synchronously).
  const startupErrors = options.startupErrors ?? [];
  if (startupErrors.length)
    queueMicrotask(() => {
      for (const e of startupErrors) emitter.emit('error', e);
    });
  journey.enter(tracker.current);
  if (consented) start().catch((e) => error('storage', String(e)));
  targeting.enterStage(tracker.current);

  return {
    config,
    track: guard('track', (name: string, props?: Record<string, unknown>) => {
      if (typeof name !== 'string' || !name) return error('config', 'track needs an event name');
      tracker.event(name);
      const plain = props && typeof props === 'object' && !Array.isArray(props);
      targeting.fire({ kind: 'event', name, ...(plain ? { props } : {}) });
    }),
    stage: guard('stage', (id: string) => {
      if (typeof id === 'string' && tracker.set(id)) return;
      const known = config.stages.map((s) => s.id).join(', ');
      error('config', `unknown stage "${String(id)}" (known: ${known})`);
    }),
    identify: guard('identify', (userId: string, traits?: Traits) => {
      if (typeof userId !== 'string' || !userId)
        return error('config', 'identify needs a user id string');
      user = traits ? { id: userId, traits } : { id: userId };
    }),
    ask: (id) =>
      presenter
        .asking(() =>
          askNow(id, {
            questions: config.questions,
            destroyed: () => destroyed,
            consented: () => consented,
            open: start,
            promptOpen: presenter.blocking,
            show: presenter.present,
            error,
          }),
        )
        .catch((e): AskResult => {
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
        : { count: 0, oldestAgeMs: undefined, deadLettered: 0, expired: 0 },
    on: (name, fn) => emitter.on(name, fn),
    off: (name, fn) => emitter.off(name, fn),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      tracker.destroy();
      targeting.destroy();
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
