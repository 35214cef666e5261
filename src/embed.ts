/**
 * The script-tag entry (dist/waypoint.js, the core) and the only module that touches
 * `window.waypoint`. It reads the tag, replays calls queued by the loader stub, and installs the
 * real command function. The config is resolved without the schema; its verdict comes from the
 * validation chunk only for a version this device has not seen pass (embed/verdict.ts). A bad
 * config, or a `data-config` that cannot be used with no last good copy, logs one console
 * error naming the problem and leaves the widget dormant.
 */

import type { ConfigIssue } from './config/error';
import { resolveConfig } from './config/resolve';
import type { ResolvedConfig } from './config/resolved';
import { safeHost } from './config/site-id';
import { runCommand } from './embed/commands';
import { findOwnScript, readTag } from './embed/read-tag';
import { resolveRemoteConfig } from './embed/remote-config';
import { sharedStorage } from './embed/shared-store';
import { verdict } from './embed/verdict';
import { setChunkBase } from './lazy/import-chunk';
import { getDocument, getWindow, globalFetch } from './platform/env';
import { createRuntime, type Waypoint } from './root/runtime';
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

/** The message alone: a missing chunk's says which file to copy. */
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

const describe = (issues: ConfigIssue[]) =>
  `Invalid Waypoint config:\n${issues.map((i) => `  - ${i.path || 'config'}: ${i.message}`).join('\n')}`;

/** Defaults filled in, or undefined when the input cannot be used at all. */
function resolve(config: Record<string, unknown>, base: string): ResolvedConfig | undefined {
  try {
    return resolveConfig(config, { base, defaultSite: safeHost(base) });
  } catch {
    return undefined;
  }
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
  const storage = sharedStorage();
  const store = () => storage().then((o) => o.store);
  /** The device may keep the config and its verdict only when no consent is required. */
  const mayStore = (c: ResolvedConfig | undefined) => !!c && !c.privacy.requireConsent;
  const check = async (c: Record<string, unknown>) => {
    const resolved = resolve(c, base);
    const issues = await verdict({
      config: c,
      base,
      store: mayStore(resolved) ? store : undefined,
    });
    if (issues.length || !resolved) throw new Error(describe(issues));
    return { mayStore: mayStore(resolved) };
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

  const resolved = resolve(config, base);
  // The tag's nonce also covers the <style> fallback (chunks inherit it through import()).
  if (resolved && script?.nonce) resolved.appearance.nonce ??= script.nonce;
  let wp: Waypoint | undefined;
  let checked: Promise<boolean> | undefined;
  const verified = () => {
    checked ??= verdict({ config, base, store: mayStore(resolved) ? store : undefined })
      .then((issues) => {
        if (!issues.length && resolved) return true;
        wp?.destroy();
        goDormant(win, describe(issues));
        return false;
      })
      .catch((e: unknown) => {
        const why = `could not check the config, so nothing will be asked: ${errorText(e)}`;
        // A running instance stays, so answers queued on earlier pages are still delivered.
        if (wp) console.error(PREFIX, why);
        else goDormant(win, why);
        return false;
      });
    return checked;
  };
  if (!resolved) {
    await verified();
    return;
  }

  wp = createRuntime(resolved, {
    stage: tag.stage,
    startupErrors: problems.map((message) => ({ code: 'config' as const, message })),
    openStorage: storage,
    verified,
  });
  const report = (message: string) => console.error(PREFIX, message);
  const command: CommandFn = (...args) => {
    try {
      const result = wp && runCommand(wp, args, report);
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
  // Check at idle, so a bad config is reported even when nothing is asked on this page.
  const idle = (win as { requestIdleCallback?: (fn: () => void, o: object) => void })
    .requestIdleCallback;
  if (idle) idle(() => void verified(), { timeout: 5000 });
  else setTimeout(() => void verified(), 2000);
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
