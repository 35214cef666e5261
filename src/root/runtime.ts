/**
 * The composition root: `createRuntime` wires the journey, the visitor, targeting, the card and
 * delivery on a resolved config, and decides nothing itself. What a page view with nothing due
 * does not need is a lazy chunk (src/lazy/chunks.ts), targeting's engine among them.
 */

import type { AskResult } from '../act/ask';
import type { ActDeps } from '../act/entry';
import type { RenderResult } from '../act/inline';
import type { ResolvedConfig } from '../config/resolved';
import { createEmitter } from '../contract/events';
import { guarded } from '../contract/guard';
import type { Askable, ErrorCode } from '../contract/types';
import { HOST_TAG } from '../contract/types';
import { pageLocale } from '../delivery/context';
import type { FlushResult } from '../delivery/flusher';
import { mayHaveQueued } from '../delivery/outbox';
import { absoluteEndpoint, scopeOf } from '../delivery/scope';
import { journeyCommands } from '../journey/commands';
import { createJourneyRecorder } from '../journey/recorder';
import { createStageTracker } from '../journey/tracker';
import { createLauncherTab } from '../launcher/tab';
import { createLazyActs } from '../lazy/acts';
import { loadPack, loadUi } from '../lazy/chunks';
import { createLazySender } from '../lazy/delivery';
import { deviceClass } from '../model/device';
import { getDocument, getWindow, globalFetch, isOffline, pageUrl } from '../platform/env';
import { createConsent, isAnonymous } from '../privacy/consent';
import { forgetVisitor } from '../privacy/forget';
import { WITHDRAWN } from '../privacy/gated-store';
import { pagePath } from '../privacy/page';
import { identifiedUser, type Traits } from '../privacy/traits';
import { openPageStore } from '../storage/page-store';
import { type KeyValueStore, persistenceOf } from '../storage/store';
import { createTargeting } from '../targeting/targeting';
import { refreshOptOut, saveOptOut } from '../targeting/visitor';
import { uuidv7 } from '../transport/uuid';
import type { RuntimeOptions, Waypoint } from './api';
import { type Core, loadCore } from './start-up';

export const SDK_VERSION = __SDK_VERSION__;
export type { AskResult } from '../act/ask';
export type { RenderResult } from '../act/inline';
export type { RuntimeOptions, Waypoint, WaypointOptions } from './api';

/**
 * Runs Waypoint on `config` (already resolved; `createWaypoint` validates it first). Never
 * throws afterwards: failures arrive as `error` events.
 */
export function createRuntime(config: ResolvedConfig, options: RuntimeOptions = {}): Waypoint {
  const url = options.url ?? pageUrl();
  const win = getWindow();
  const doc = options.document ?? getDocument();
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const fetchFn = options.fetch ?? globalFetch();
  const emitter = createEmitter();
  const consent = createConsent(config.privacy.requireConsent);
  const anonymous = isAnonymous(config.privacy.anonymous);
  const newId = () => uuidv7(now());
  const owner = newId();
  const pageSession = newId(); // until storage is open and the stored session is known
  const locale = pageLocale(config.locale, doc);
  const source = url ? new URL(url).origin : `urn:waypoint:${config.site}`;
  const sdk = `waypoint/${SDK_VERSION}`;
  const items: Askable[] = [...config.questions, ...config.surveys];
  const verified = options.verified ?? (() => Promise.resolve(true));
  // The act chunk (src/act/): loaded, with the card, only when a card is about to show.
  const lazyActs = createLazyActs(() => actDeps(), locale);
  const act = lazyActs.run;

  let path = pagePath(url);
  let destroyed = false;
  let user: { id: string; traits?: Traits } | undefined;
  let device: Promise<KeyValueStore> | undefined;
  let core: Promise<Core> | undefined;
  let live: Core | undefined;
  // Each consented start is a generation; withdrawing consent ends it (see `withdraw`).
  let generation = 0;
  const scope = scopeOf(absoluteEndpoint(config.endpoint), config.site);

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
    win,
    doc,
    now,
    newId,
    stage: () => tracker.current,
    consented: consent.granted,
    open: () => start(),
    promptOpen: () => lazyActs.busy(),
    show: (q, trigger) => act((a) => a.present(q, trigger)).catch(noCard),
    who: () => ({ traits: user?.traits, device: deviceClass(win), locale }),
    // At idle, so the fetch never competes with the page's own loading.
    soon() {
      const fetchCard = () => void lazyActs.prefetch().catch(noCard);
      if (win?.requestIdleCallback) win.requestIdleCallback(fetchCard);
      else setTimeout(fetchCard);
    },
    error,
    ownHost: HOST_TAG,
  });

  /** Storage is opened only once consent allows storing anything (DESIGN §6). */
  function start(): Promise<Core> {
    if (!consent.granted()) return Promise.reject(new Error('no consent to store anything'));
    core ??= open(generation);
    return core;
  }
  async function open(gen: number): Promise<Core> {
    const current = () => gen === generation;
    device ??= openPageStore(options, error);
    const o = { device, anonymous, newId, targeting, journey, isFull, scope };
    const c = await loadCore({ ...o, live: current });
    if (!current()) {
      // Withdrawn while the device was read: what the start-up attached goes again.
      targeting.detach();
      journey.detach();
      throw new Error(WITHDRAWN);
    }
    live = { store: c.store, visitor: c.visitor };
    emitter.emit('ready', { persistence: persistenceOf(c.store.kind), version: SDK_VERSION });
    if (!destroyed) launcher.show();
    if ((await c.queued) && !destroyed && current()) void sending.get(true).catch(noSend);
    return live;
  }
  const noSend = (e: unknown) => error('render', `could not load delivery: ${String(e)}`);
  /** `gone`: what waited for the card (the launcher's tab) hears it will not come. */
  const noCard = (e: unknown, gone?: () => void): AskResult => {
    gone?.();
    error('render', `could not load the card: ${String(e)}`);
    return { shown: false, reason: 'render' };
  };

  const sending = createLazySender(() => start().then((c) => c.store), {
    delivery: { endpoint: config.endpoint, site: config.site, owner, fetch: fetchFn, random },
    emit: emitter.emit,
    onSent: (e) => lazyActs.loaded?.delivered(e.ids),
    stopped: () => destroyed || !consent.granted(),
    source,
    site: config.site,
    locale,
    scrubText: config.privacy.scrubText,
    sdk,
    win,
    now,
    newId,
  });
  const send = () => sending.get();

  /**
   * Whether the queue is at its bound. Only delivery can count it, and only a device that may
   * hold records needs it counted: a prompt on any other does not wait for delivery to load.
   */
  const isFull = async () => {
    const c = await start();
    const queued = await mayHaveQueued(c.store, scope, true).catch(() => true);
    return queued && (await send()).delivery.isFull();
  };
  /** What the act chunk needs of the core: its state and seams, as callbacks. */
  const actDeps = (): ActDeps => ({
    card: {
      doc: doc as Document,
      config,
      locale,
      error,
      sendsVisitorId: () => !!live?.visitor.id,
      sendsUserId: () => !!user && !anonymous,
      isOffline,
      newId,
      seed: () => live?.visitor.id ?? targeting.session ?? pageSession,
      prepare: () => send().then(() => undefined),
      loadUi,
      loadPack,
      async record(m) {
        const [c, s] = await Promise.all([start(), send()]);
        const r = await s.record({
          ...m,
          stage: tracker.current ?? 'unknown',
          page: path,
          session: targeting.session ?? pageSession,
          visitor: c.visitor.id,
          journey: journey.context(),
          user: anonymous ? undefined : user,
        });
        return { id: r.event.id, stored: r.stored, persisted: r.persisted };
      },
      onOptOut() {
        if (!live) return;
        live.visitor.optedOut = true;
        saveOptOut(live.store).catch((e) =>
          error('storage', `could not save the opt-out: ${String(e)}`),
        );
      },
      flush() {
        if (!destroyed && consent.granted())
          void send()
            .then((s) => s.delivery.flush())
            .catch(noSend);
      },
    },
    targeting,
    emitter,
    items,
    ready: () => !!doc?.body && !destroyed,
    destroyed: () => destroyed,
    consented: consent.granted,
    verified,
    // Another tab may have recorded "Don't ask me again" since this page loaded.
    open: () => start().then((c) => refreshOptOut(c.store, c.visitor).then(() => c)),
    isFull,
    error,
  });

  const launcher = createLauncherTab({
    doc,
    appearance: config.appearance,
    locale,
    items,
    prefetch: () => void lazyActs.prefetch().catch(noCard),
    open: (item, closed) => void act((a) => a.launch(item, closed)).catch((e) => noCard(e, closed)),
    error,
    verified,
  });

  /**
   * Consent withdrawn (DESIGN §6): the card goes, nothing more is written, and the visitor id,
   * the journey and the visitor state are wiped. Queued answers, given with consent, stay on
   * the device unsent until consent is given again.
   */
  function withdraw(): void {
    lazyActs.loaded?.close();
    launcher.hide();
    targeting.detach();
    journey.detach();
    const had = device;
    generation++;
    core = undefined;
    live = undefined;
    sending.stop();
    void had
      ?.then((store) => forgetVisitor(store))
      .catch((e: unknown) => error('storage', `could not wipe the visitor: ${String(e)}`));
  }

  /** Every public command runs through `guard`: nothing of ours ever throws into the host. */
  const guard = guarded(error);
  // After the loader stub's queued `on('error', …)` calls have been replayed (synchronously).
  const startupErrors = options.startupErrors ?? [];
  if (startupErrors.length)
    queueMicrotask(() => {
      for (const e of startupErrors) emitter.emit('error', e);
    });
  journey.enter(tracker.current);
  if (consent.granted()) start().catch((e) => error('storage', String(e)));
  targeting.enterStage(tracker.current);

  return {
    config,
    ...journeyCommands({ config, tracker, targeting, error, guard }),
    identify: guard('identify', (userId: string, traits?: Traits) => {
      if (typeof userId !== 'string' || !userId)
        return error('config', 'identify needs a user id string');
      user = identifiedUser(userId, traits, (message) => error('config', message));
    }),
    ask: (id) =>
      act((a) => a.ask(id)).catch((e): AskResult => {
        error('render', `ask failed: ${String(e)}`);
        return { shown: false, reason: 'error' };
      }),
    render: (target, id, options) =>
      act((a) => a.render(target, id, options)).catch((e): RenderResult => {
        error('render', `render failed: ${String(e)}`);
        return { shown: false, reason: 'error' };
      }),
    flush: () =>
      consent.granted() || core
        ? send().then((s) => s.delivery.flush())
        : Promise.resolve<FlushResult>({ state: 'idle', pending: 0 }),
    consent: guard('consent', (granted: boolean) => {
      const changed = consent.set(granted === true);
      if (consent.granted()) start().catch((e) => error('storage', String(e)));
      else if (changed) withdraw();
    }),
    pending: async () =>
      core
        ? (await send()).delivery.pending()
        : { count: 0, oldestAgeMs: undefined, deadLettered: 0, expired: 0 },
    on: (name, fn) => emitter.on(name, fn),
    off: (name, fn) => emitter.off(name, fn),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      tracker.destroy();
      targeting.destroy();
      lazyActs.loaded?.close();
      launcher.hide();
      sending.stop();
      emitter.clear();
    },
  };
}
