// The composition root: `createRuntime` wires the journey, privacy, targeting, the acts and
// delivery on a resolved config, and decides nothing itself.
import type { ResolvedConfig } from '../config/resolved';
import { createEmitter, errorReporter } from '../contract/events';
import { guarded } from '../contract/guard';
import { HOST_TAG } from '../contract/types';
import { flushQueue, isQueueFull, pendingReport } from '../delivery/commands';
import { senderSettings } from '../delivery/settings';
import { journeyCommands } from '../journey/commands';
import { createJourneyRecorder } from '../journey/recorder';
import { createStageTracker } from '../journey/tracker';
import { createLauncherTab } from '../launcher/tab';
import { createLazyActs } from '../lazy/acts';
import { loadEngine, loadLauncher, loadPack, loadStorage, loadUi } from '../lazy/chunks';
import { carryBack, createLazySender } from '../lazy/delivery';
import { deviceClass } from '../model/device';
import { createConsent } from '../privacy/consent';
import { withdrawConsent } from '../privacy/forget';
import { createIdentity } from '../privacy/traits';
import { deviceStorage } from '../storage/device';
import { openPageStore } from '../storage/page-store';
import { persistenceOf } from '../storage/store';
import { createTargeting } from '../targeting/targeting';
import type { RuntimeOptions, Waypoint } from './api';
import { readPage } from './page';
import { createStart } from './start-up';

export const SDK_VERSION = __SDK_VERSION__;

/** Runs Waypoint on a resolved `config`. Never throws: failures arrive as `error` events. */
export function createRuntime(config: ResolvedConfig, options: RuntimeOptions = {}): Waypoint {
  const emitter = createEmitter();
  const error = errorReporter(emitter, config.debug, options.startupErrors);
  const page = { ...readPage(config, options), error };
  const { win, doc, now, newId, locale, anonymous, scope } = page;
  const consent = createConsent(config.privacy.requireConsent);
  let destroyed = false;
  const device = deviceStorage(loadStorage);
  const who = createIdentity(anonymous, (message) => error('config', message));
  const send = () => sending.get();
  const isFull = () => core.start().then((c) => isQueueFull(c.store, scope, send));
  const session = () => targeting.session ?? page.session;
  const journey = createJourneyRecorder(now, (e) =>
    error('storage', `could not save the journey: ${String(e)}`),
  );
  const tracker = createStageTracker({
    stages: config.stages,
    declared: options.stage,
    url: page.url,
    win,
    onChange(stage, previous) {
      emitter.emit('stage', { stage, previous });
      journey.enter(stage);
      targeting.enterStage(stage);
    },
  });
  const acts = createLazyActs(
    () => ({
      ...page,
      ...{ core, tracker, journey, who, session, send, targeting, emitter, loadUi, loadPack },
      doc: doc as Document, // an act runs only once there is a body (`ready`)
      ready: () => !!doc?.body && !destroyed,
      destroyed: () => destroyed,
      consented: consent.granted,
      isFull,
    }),
    locale,
    error,
  );
  const targeting = createTargeting(
    {
      ...page,
      stage: () => tracker.current,
      consented: consent.granted,
      open: () => core.start(),
      promptOpen: acts.busy,
      show: acts.show,
      who: () => ({ traits: who.traits(), device: deviceClass(win), locale }),
      soon: () => acts.soon(win),
      ownHost: HOST_TAG,
    },
    loadEngine,
  );
  const launcher = createLauncherTab({
    ...page,
    appearance: config.appearance,
    prefetch: acts.prefetch,
    open: acts.launch,
    load: loadLauncher,
  });
  const core = createStart(
    { anonymous, newId, targeting, journey, isFull, scope },
    consent.granted,
    () => openPageStore(options, error, device, carryBack, page.keepAtOnce),
    (store) => {
      emitter.emit('ready', { persistence: persistenceOf(store.kind), version: SDK_VERSION });
      if (!destroyed) launcher.show();
    },
    () =>
      destroyed ||
      void sending.get(true).catch((e) => error('render', `could not load delivery: ${String(e)}`)),
  );
  const sending = createLazySender(() => core.start().then((c) => c.store), {
    ...senderSettings(config, page, options),
    emit: emitter.emit,
    onSent: (e) => acts.loaded?.delivered(e.ids),
    stopped: () => destroyed || !consent.granted(),
  });
  /** Every public command runs through `guard`: nothing of ours ever throws into the host. */
  const guard = guarded(error);
  const start = () => void core.start().catch((e) => error('storage', String(e)));
  const stop = () => {
    acts.loaded?.close();
    launcher.hide();
    sending.stop();
  };
  /** Consent withdrawn: what it allowed stops, and the visitor is wiped from the device. */
  function withdraw(): void {
    stop();
    targeting.detach();
    journey.detach();
    withdrawConsent(core.end(), error, device.wipe);
  }

  journey.enter(tracker.current);
  if (consent.granted()) start();
  targeting.enterStage(tracker.current);

  return {
    config,
    ...journeyCommands({ config, tracker, targeting, error, guard }),
    identify: guard('identify', who.identify),
    consent: guard('consent', (granted: boolean) => consent.set(granted, start, withdraw)),
    ask: acts.ask,
    render: acts.render,
    flush: () => flushQueue(consent.granted() || core.started(), send),
    pending: () => pendingReport(core.started(), send),
    on: (name, fn) => emitter.on(name, fn),
    off: (name, fn) => emitter.off(name, fn),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      tracker.destroy();
      targeting.destroy();
      stop();
      emitter.clear();
    },
  };
}
