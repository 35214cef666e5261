// The script-tag entry (dist/waypoint.js, the core), the only module that touches
// `window.waypoint`: reads the tag, replays the stub's queued calls, installs the commands.
// A config that cannot run leaves the widget dormant; the schema runs only in debug mode.

import type { ConfigIssue } from './config/error';
import { resolveConfig } from './config/resolve';
import type { ResolvedConfig } from './config/resolved';
import { safeHost } from './config/site-id';
import { usableIssues } from './config/usable';
import { runCommand } from './embed/commands';
import { findOwnScript, readTag } from './embed/read-tag';
import { resolveRemoteConfig } from './embed/remote-config';
import { sharedStorage } from './embed/shared-store';
import { debugMode, verdict } from './embed/verdict';
import { loadAct, loadPack, loadStorage, loadUi } from './lazy/chunks';
import { setChunkBase } from './lazy/import-chunk';
import { getDocument, getWindow, globalFetch } from './platform/env';
import { pageLocale } from './platform/locale';
import type { Waypoint } from './root/api';
import { createRuntime } from './root/runtime';
import { deviceStorage } from './storage/device';
import { mayHoldData } from './storage/existing-data';
import { uuidv7 } from './transport/uuid';

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

/** The message alone: a missing chunk's says which file to copy. */
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

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

/** A preview link's page view: that one card, and no runtime, so nothing is kept or sent. */
function showPreview(win: Host, doc: Document, config: ResolvedConfig, id: string): void {
  const quiet: CommandFn = () => undefined;
  quiet.loaded = true;
  win.waypoint = quiet;
  const error = (_code: unknown, message: string) => console.error(PREFIX, message);
  const locale = pageLocale(config.locale, doc);
  const newId = () => uuidv7(Date.now());
  loadAct()
    .then((m) => m.preview({ doc, config, locale, error, newId, loadUi, loadPack }, id))
    .catch((e: unknown) => error(0, `could not show the preview: ${errorText(e)}`));
}

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
  const storage = sharedStorage(deviceStorage(loadStorage));
  const store = () => storage().then((o) => o.store);
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
  if (tag.configUrl) {
    const remote = await resolveRemoteConfig({
      url: new URL(tag.configUrl, base).href,
      inline,
      overrides: tag.overrides,
      fetch: globalFetch(),
      // Consent required on the page itself: the device is not touched, not even to read.
      store: requiresConsent({ ...inline, ...tag.overrides }) ? undefined : store,
      // A device with nothing of ours holds no copy: looking must not create a database.
      readStore: async () => ((await mayHoldData()) ? store() : undefined),
      check,
    });
    problems = remote.problems;
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
  // Debug mode checks the whole schema beside the start-up, and no card shows before it passes.
  let checked: Promise<boolean> | undefined;
  const verified = () =>
    (checked ??= verdict(config, base).then(
      (found) => {
        if (!found.length) return true;
        wp.destroy();
        goDormant(win, describe(found, true));
        return false;
      },
      (e: unknown) => {
        wp.destroy();
        goDormant(win, `could not check the config, so nothing will be asked: ${errorText(e)}`);
        return false;
      },
    ));
  const debug = debugMode(config);
  const wp: Waypoint = createRuntime(resolved, {
    stage: tag.stage,
    startupErrors: problems.map((message) => ({ code: 'config' as const, message })),
    openStorage: storage,
    verified: debug ? verified : undefined,
  });
  if (debug) void verified();
  const report = (message: string) => console.error(PREFIX, message);
  const command: CommandFn = (...args) => {
    try {
      const result = runCommand(wp, args, report);
      // A promise the page does not await must not reject unhandled: its failure is logged,
      // and a caller that awaits it still sees it.
      if (result instanceof Promise) result.catch((e: unknown) => report(errorText(e)));
      return result;
    } catch (e) {
      report(String(e));
      return undefined;
    }
  };
  command.loaded = true;
  win.waypoint = command;
  for (const args of queued) command(...Array.from(args));
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
