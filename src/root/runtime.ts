/**
 * The composition root: `createRuntime` wires the journey, privacy, targeting, the acts and
 * delivery on a resolved config, and decides nothing itself.
 */

import type { AskResult } from '../act/ask';
import type { Askable, ResolvedConfig } from '../config/resolved';
import { createEmitter } from '../contract/events';
import { guarded } from '../contract/guard';
import type { ErrorCode } from '../contract/types';
import { HOST_TAG } from '../contract/types';
import { flushQueue, isQueueFull, pendingReport } from '../delivery/commands';
import { pageLocale } from '../delivery/context';
import { absoluteEndpoint, scopeOf } from '../delivery/scope';
import { journeyCommands } from '../journey/commands';
import { createJourneyRecorder } from '../journey/recorder';
import { createStageTracker } from '../journey/tracker';
import { createLauncherTab } from '../launcher/tab';
import { createLazyActs } from '../lazy/acts';
import { loadEngine, loadLauncher, loadPack, loadUi } from '../lazy/chunks';
import { carryBack, createLazySender } from '../lazy/delivery';
import { deviceClass } from '../model/device';
import { getDocument, getWindow, globalFetch, isOffline, pageUrl } from '../platform/env';
import { createConsent, isAnonymous } from '../privacy/consent';
import { withdrawConsent } from '../privacy/forget';
import { pagePath } from '../privacy/page';
import { identifiedUser, type Traits } from '../privacy/traits';
import { openPageStore } from '../storage/page-store';
import { persistenceOf } from '../storage/store';
import { createTargeting } from '../targeting/targeting';
import { refreshOptOut, saveOptOut } from '../targeting/visitor';
import { uuidv7 } from '../transport/uuid';
import type { RuntimeOptions, Waypoint } from './api';
import { createStart } from './start-up';

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
  const emitter = createEmitter();
  const consent = createConsent(config.privacy.requireConsent);
  const anonymous = isAnonymous(config.privacy.anonymous);
  const newId = () => uuidv7(now());
  const pageSession = newId(); // until storage is open and the stored session is known
  const locale = pageLocale(config.locale, doc);
  const items: Askable[] = [...config.questions, ...config.surveys];
  const verified = options.verified ?? (() => Promise.resolve(true));
  const scope = scopeOf(absoluteEndpoint(config.endpoint), config.site);
  let path = pagePath(url);
  let destroyed = false;
  let user: { id: string; traits?: Traits } | undefined;

  const error = (code: ErrorCode, message: string) => emitter.emit('error', { code, message });
  if (config.debug)
    emitter.on('error', (e) => console.warn('[waypoint]', `${e.code}: ${e.message}`));
  const noSend = (e: unknown) => error('render', `could not load delivery: ${String(e)}`);
  /** `gone`: what waited for the card (the launcher's tab) hears it will not come. */
  const noCard = (e: unknown, gone?: () => void): AskResult => {
    gone?.();
    error('render', `could not load the card: ${String(e)}`);
    return { shown: false, reason: 'render' };
  };
  const failed = (what: string) => (e: unknown) => {
    error('render', `${what} failed: ${String(e)}`);
    return { shown: false, reason: 'error' } as const;
  };

  const send = () => sending.get();
  const store = () => core.start().then((c) => c.store);
  const isFull = () => store().then((s) => isQueueFull(s, scope, send));

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
  // The act chunk (src/act/): loaded, with the card, only when a card is about to show.
  const acts = createLazyActs(
    () => ({
      card: {
        doc: doc as Document,
        config,
        locale,
        error,
        sendsVisitorId: () => !!core.live()?.visitor.id,
        sendsUserId: () => !!user && !anonymous,
        isOffline,
        newId,
        seed: () => core.live()?.visitor.id ?? targeting.session ?? pageSession,
        prepare: () => send(),
        loadUi,
        loadPack,
        async record(m) {
          const [c, s] = await Promise.all([core.start(), send()]);
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
          const live = core.live();
          if (live)
            saveOptOut(live.store, live.visitor).catch((e) =>
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
      open: () => core.start().then((c) => refreshOptOut(c.store, c.visitor).then(() => c)),
      isFull,
      error,
    }),
    locale,
  );
  const act = acts.run;
  const targeting = createTargeting(
    {
      config,
      win,
      doc,
      now,
      newId,
      stage: () => tracker.current,
      consented: consent.granted,
      open: () => core.start(),
      promptOpen: acts.busy,
      show: (q, trigger) => act((a) => a.present(q, trigger)).catch(noCard),
      who: () => ({ traits: user?.traits, device: deviceClass(win), locale }),
      // At idle, so the fetch never competes with the page's own loading.
      soon() {
        const fetchCard = () => void acts.prefetch().catch(noCard);
        if (win?.requestIdleCallback) win.requestIdleCallback(fetchCard);
        else setTimeout(fetchCard);
      },
      error,
      ownHost: HOST_TAG,
    },
    loadEngine,
  );
  const launcher = createLauncherTab({
    doc,
    appearance: config.appearance,
    locale,
    items,
    prefetch: () => void acts.prefetch().catch(noCard),
    open: (item, closed) => void act((a) => a.launch(item, closed)).catch((e) => noCard(e, closed)),
    error,
    verified,
    load: loadLauncher,
  });
  const core = createStart(
    { anonymous, newId, targeting, journey, isFull, scope },
    consent.granted,
    // An audience of new or returning visitors needs this visit remembered: written at once.
    () =>
      openPageStore(
        options,
        error,
        carryBack,
        items.some((i) => i.audience?.visitor),
      ),
    (store) => {
      emitter.emit('ready', { persistence: persistenceOf(store.kind), version: SDK_VERSION });
      if (!destroyed) launcher.show();
    },
    () => destroyed || void sending.get(true).catch(noSend),
  );
  const sending = createLazySender(store, {
    delivery: {
      endpoint: config.endpoint,
      site: config.site,
      owner: newId(),
      fetch: options.fetch ?? globalFetch(),
      random: options.random ?? Math.random,
    },
    emit: emitter.emit,
    onSent: (e) => acts.loaded?.delivered(e.ids),
    stopped: () => destroyed || !consent.granted(),
    source: url ? new URL(url).origin : `urn:waypoint:${config.site}`,
    site: config.site,
    locale,
    scrubText: config.privacy.scrubText,
    sdk: `waypoint/${SDK_VERSION}`,
    win,
    now,
    newId,
  });
  /** Every public command runs through `guard`: nothing of ours ever throws into the host. */
  const guard = guarded(error);
  const start = () => void core.start().catch((e) => error('storage', String(e)));
  /** Consent withdrawn: what it allowed stops, and the visitor is wiped from the device. */
  function withdraw(): void {
    acts.loaded?.close();
    launcher.hide();
    targeting.detach();
    journey.detach();
    sending.stop();
    withdrawConsent(core.end(), error);
  }

  // After the loader stub's queued `on('error', …)` calls have been replayed (synchronously).
  const startupErrors = options.startupErrors ?? [];
  if (startupErrors.length)
    queueMicrotask(() => {
      for (const e of startupErrors) emitter.emit('error', e);
    });
  journey.enter(tracker.current);
  if (consent.granted()) start();
  targeting.enterStage(tracker.current);

  return {
    config,
    ...journeyCommands({ config, tracker, targeting, error, guard }),
    identify: guard('identify', (userId: string, traits?: Traits) => {
      user = identifiedUser(userId, traits, (message) => error('config', message)) ?? user;
    }),
    consent: guard('consent', (granted: boolean) => consent.set(granted, start, withdraw)),
    ask: (id) => act((a) => a.ask(id)).catch(failed('ask')),
    render: (target, id, options) =>
      act((a) => a.render(target, id, options)).catch(failed('render')),
    flush: () => flushQueue(consent.granted() || core.started(), send),
    pending: () => pendingReport(core.started(), send),
    on: (name, fn) => emitter.on(name, fn),
    off: (name, fn) => emitter.off(name, fn),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      tracker.destroy();
      targeting.destroy();
      acts.loaded?.close();
      launcher.hide();
      sending.stop();
      emitter.clear();
    },
  };
}
