// The script-tag entry (dist/waypoint.js, the core), the only module that touches
// `window.waypoint`: reads the tag and the config, and wakes the runtime chunk only when this
// page view needs it. A config that cannot run leaves the widget dormant.

import type { ConfigIssue } from './config/error';
import { resolveConfig } from './config/resolve';
import type { ResolvedConfig } from './config/resolved';
import { safeHost } from './config/site-id';
import { usableIssues } from './config/usable';
import { findOwnScript, readTag } from './embed/read-tag';
import { type ConfigCopy, keepCopy, resolveRemoteConfig } from './embed/remote-config';
import { loadRuntime } from './embed/runtime-chunk';
import type * as RuntimeChunk from './embed/runtime-entry';
import { createSleeper, errorText } from './embed/sleeper';
import { debugMode, verdict } from './embed/verdict';
import { asksOn, watchStage } from './embed/wake';
import * as chunks from './lazy/chunks';
import { setChunkBase } from './lazy/import-chunk';
import { languageFor } from './model/languages';
import { getDocument, getWindow, globalFetch } from './platform/env';
import { pageLocale } from './platform/locale';
import { mayHoldData } from './storage/existing-data';

type CommandFn = ((...args: unknown[]) => unknown) & { q?: ArrayLike<unknown>[]; loaded?: boolean };
type Host = Window & { waypoint?: CommandFn };

const PREFIX = '[waypoint]';

/** Calls are accepted and ignored, so the host page's own code keeps working. */
function goDormant(win: Host, why: string): void {
  console.error(PREFIX, `${why}\nThe feedback widget stays off until this is fixed.`);
  const dormant: CommandFn = () => undefined;
  dormant.loaded = true;
  win.waypoint = dormant;
}

const requiresConsent = (c: Record<string, unknown>) =>
  (c.privacy as { requireConsent?: unknown } | undefined)?.requireConsent === true;

const HOW =
  'For every problem by path, add data-debug to the tag or #waypoint-debug to the address, or run npx waypoint-check-config.';

const describe = (issues: ConfigIssue[], debug?: boolean) =>
  `Invalid Waypoint config:\n${issues.map((i) => `  - ${i.path || 'config'}: ${i.message}`).join('\n')}${debug ? '' : `\n${HOW}`}`;

/** Defaults filled in, or undefined when the input cannot be used at all. */
function resolve(config: Record<string, unknown>, base: string): ResolvedConfig | undefined {
  try {
    return resolveConfig(config, { base, defaultSite: safeHost(base) });
  } catch {
    return undefined;
  }
}

/** A preview link's page view: that one card, and no instance, so nothing is kept or sent. */
function showPreview(win: Host, doc: Document, config: ResolvedConfig, id: string): void {
  const quiet: CommandFn = () => undefined;
  quiet.loaded = true;
  win.waypoint = quiet;
  const error = (_code: unknown, message: string) => console.error(PREFIX, message);
  const locale = pageLocale(config.locale, doc);
  const { loadAct, loadUi, loadPack } = chunks;
  loadAct()
    .then((m) => m.preview({ doc, config, locale, error, loadUi, loadPack }, id))
    .catch((e: unknown) => error(0, `could not show the preview: ${errorText(e)}`));
}

/** Calls that wait for the runtime without waking it: they matter only once it runs. */
const QUIET = new Set(['on', 'off', 'identify']);
const none = () => undefined;

async function boot(
  win: Host,
  doc: Document,
  script: HTMLScriptElement | null,
  queued: ArrayLike<unknown>[],
) {
  const base = win.location.href;
  const tag = readTag(script, doc);
  if (tag.inlineError) console.error(PREFIX, tag.inlineError);
  const inline =
    tag.inline && typeof tag.inline === 'object' && !Array.isArray(tag.inline)
      ? (tag.inline as Record<string, unknown>)
      : {};
  // Consent required on the page itself: the device is not touched, not even to look.
  const pageRequiresConsent = requiresConsent({ ...inline, ...tag.overrides });
  let looked: Promise<boolean> | undefined;
  /** Whether the device may hold our data: looked at once, never before consent allows. */
  const holds = () => (looked ??= mayHoldData());
  // One attempt per page view (see sleeper.ts): the other chunks import this very file.
  let awakened: Promise<ReturnType<typeof RuntimeChunk.awaken>> | undefined;
  // The core's look at the device is the runtime's too: one look per page view.
  const runtime = () => (awakened ??= loadRuntime().then((m) => m.awaken(chunks, holds)));
  /** What stops a config from running (the schema itself runs in debug mode, below). */
  const problemsOf = (c: Record<string, unknown>) => {
    const issues = usableIssues(c, base);
    if (!issues.length && !resolve(c, base)) issues.push({ path: '', message: 'cannot be read' });
    return issues;
  };
  const check = async (c: Record<string, unknown>) => {
    const issues = problemsOf(c);
    if (issues.length) throw new Error(describe(issues));
    // The device may keep the config only when no consent is required.
    return { mayStore: !requiresConsent(c) };
  };

  let config: Record<string, unknown> = { ...inline, ...tag.overrides };
  let problems: string[] = [];
  let copy: ConfigCopy | undefined;
  if (tag.configUrl) {
    const remote = await resolveRemoteConfig({
      url: new URL(tag.configUrl, base).href,
      inline,
      overrides: tag.overrides,
      fetch: globalFetch(),
      // A device with nothing of ours holds no copy.
      store: pageRequiresConsent
        ? undefined
        : async () => ((await holds()) ? (await (await runtime()).storage()).store : undefined),
      check,
    });
    problems = remote.problems;
    copy = remote.copy;
    // Neither the document nor a last good copy: nothing the site owner wrote can run.
    if (!remote.config) return goDormant(win, problems.join('\n'));
    config = remote.config;
    for (const p of problems) console.error(PREFIX, p);
  }

  const issues = problemsOf(config);
  const resolved = issues.length ? undefined : resolve(config, base);
  if (!resolved) return goDormant(win, describe(issues));
  // The tag's nonce also covers the <style> fallback (chunks inherit it through import()).
  if (script?.nonce) resolved.appearance.nonce ??= script.nonce;
  if (tag.preview) return showPreview(win, doc, resolved, tag.preview);

  const report = (message: string) => console.error(PREFIX, message);
  /** Dormant (debug mode refused the config) or destroyed before the runtime woke. */
  let off = false;
  let stopWatching: () => void = none;
  // Debug mode checks the whole schema beside the start-up, and no card shows before it passes.
  let checked: Promise<boolean> | undefined;
  const refuse = (why: string) => {
    sleeper.live()?.(['destroy']);
    off = true;
    goDormant(win, why);
    return false;
  };
  const verified = () =>
    (checked ??= verdict(config, base).then(
      (found) => !found.length || refuse(describe(found, true)),
      (e: unknown) =>
        refuse(`could not check the config, so nothing will be asked: ${errorText(e)}`),
    ));
  const debug = debugMode(config);
  /** The page's stage as the core last saw it (a single-page app may have moved since load). */
  let stage = tag.stage;
  const sleeper = createSleeper({
    async load() {
      const awake = await runtime();
      return () => {
        if (off) return undefined;
        stopWatching();
        const wp = awake.start(resolved, {
          stage,
          startupErrors: problems.map((message) => ({ code: 'config' as const, message })),
          verified: debug ? verified : undefined,
        });
        // Kept with the runtime's store: on a new device, only once it keeps anything of ours.
        if (copy)
          void awake
            .storage()
            .then((o) => copy && keepCopy(o.store, copy))
            .catch(none);
        return (args: unknown[]) => awake.runCommand(wp, args, report);
      };
    },
    report,
    // As the runtime answers when it cannot show a card.
    fallback: ([name]) =>
      name === 'ask' || name === 'render' ? { shown: false, reason: 'render' } : undefined,
  });
  // The act's chunk carries the card: one file for both.
  const askLoads = [
    chunks.loadAct,
    chunks.loadDelivery,
    () => chunks.loadPack(languageFor(pageLocale(resolved.locale, doc))),
  ];
  let consented = !resolved.privacy.requireConsent;
  /** Our data on the device is work: an outbox to send, a journey to extend, or to forget. */
  const dataWakes = () => void holds().then((h) => h && sleeper.wake(chunks.loadStorage));
  /** Work before any call: the launcher's tab, something that may ask itself. */
  const work = () => {
    stopWatching();
    if (!consented) return;
    if (resolved.appearance.launcher) sleeper.wake(chunks.loadLauncher);
    stopWatching = watchStage(resolved, stage, win, (now) => {
      stage = now;
      if (!asksOn(resolved, now)) return;
      sleeper.wake();
      // The engine beside the runtime on a device with no state of ours, where nothing (a
      // session's prompt already shown, an opt-out) holds every prompt back; else targeting decides.
      void holds().then((h) => h || void chunks.loadEngine().catch(none));
    });
  };
  /** Before the runtime runs: waits, and wakes it where the call needs it. */
  const asleep = (args: unknown[]) => {
    const [name, granted] = args;
    if (name === 'destroy' && !sleeper.waking()) {
      off = true;
      stopWatching();
      return undefined;
    }
    // Listeners, traits and consent have nothing to answer.
    const result = sleeper.wait(args, QUIET.has(name as string) || name === 'consent');
    if (QUIET.has(name as string)) return result;
    if (name !== 'consent') {
      sleeper.wake(...(name === 'ask' || name === 'render' ? askLoads : []));
      return result;
    }
    // Consent wakes the runtime only for work to do, or for data to forget once it is withdrawn.
    const was = consented;
    consented = granted === true;
    if (was !== consented && !sleeper.waking()) work();
    if (was || consented) dataWakes();
    return result;
  };
  const command: CommandFn = (...args) => {
    const live = sleeper.live();
    if (live) return live(args);
    if (off) return undefined;
    try {
      return asleep(args);
    } catch (e) {
      report(String(e));
      return undefined;
    }
  };
  command.loaded = true;
  win.waypoint = command;
  // The stub's calls first, in order, as if made now (their results had nowhere to go): a
  // consent withdrawn there is known before anything wakes.
  for (const args of queued) command(...Array.from(args));
  if (debug) {
    void verified();
    sleeper.wake();
  }
  if (!sleeper.live() && !off) {
    work();
    if (consented) dataWakes();
  }
}

function main(): void {
  const win = getWindow() as Host | undefined;
  const doc = getDocument();
  if (!win || !doc) return;
  const existing = win.waypoint;
  if (existing?.loaded || (existing as { booting?: boolean } | undefined)?.booting) {
    console.info(PREFIX, 'the script is included more than once; the first copy keeps running.');
    return;
  }
  const script = findOwnScript(doc); // only valid synchronously, while this script runs
  setChunkBase(script?.src);
  // Until the config is loaded, calls keep queueing, in order, behind those the stub queued.
  const queued: ArrayLike<unknown>[] = [...(existing?.q ?? [])];
  const waiting: CommandFn & { booting?: boolean } = (...args) => {
    queued.push(args);
  };
  waiting.booting = true;
  waiting.q = queued;
  win.waypoint = waiting;
  boot(win, doc, script, queued).catch((e) => console.error(PREFIX, String(e)));
}

try {
  main();
} catch (e) {
  console.error(PREFIX, String(e));
}
