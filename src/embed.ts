/**
 * The script-tag entry (dist/waypoint.js) and the only module that touches `window.waypoint`.
 * It reads the tag, replays calls queued by the loader stub, and installs the real command
 * function. A bad config logs one console error and leaves the widget dormant.
 */

import { runCommand } from './embed/commands';
import { findOwnScript, readTag } from './embed/read-tag';
import { getDocument, getWindow, globalFetch } from './env';
import { createWaypoint, type Waypoint } from './waypoint';

type CommandFn = ((...args: unknown[]) => unknown) & { q?: ArrayLike<unknown>[]; loaded?: boolean };
type Host = Window & { waypoint?: CommandFn };

const PREFIX = '[waypoint]';
const CONFIG_TIMEOUT_MS = 5000;

async function fetchConfig(url: string, base: string): Promise<unknown> {
  const f = globalFetch();
  if (!f) throw new Error('fetch is not available');
  const controller = new AbortController();
  const t = setTimeout(() => controller.abort(), CONFIG_TIMEOUT_MS);
  try {
    const res = await f(new URL(url, base).href, {
      credentials: 'omit',
      signal: controller.signal,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.json();
  } finally {
    clearTimeout(t);
  }
}

async function boot(
  win: Host,
  doc: Document,
  script: HTMLScriptElement | null,
  queued: ArrayLike<unknown>[],
) {
  const tag = readTag(script, doc);
  if (tag.inlineError) console.error(PREFIX, tag.inlineError);
  let remote: unknown;
  if (tag.configUrl) {
    remote = await fetchConfig(tag.configUrl, win.location.href).catch((e) => {
      console.error(PREFIX, `could not load data-config "${tag.configUrl}": ${String(e)}`);
    });
  }
  const asObject = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
  const config = { ...asObject(tag.inline), ...asObject(remote), ...tag.overrides };

  let wp: Waypoint;
  try {
    wp = createWaypoint(config as Parameters<typeof createWaypoint>[0], { stage: tag.stage });
  } catch (e) {
    console.error(
      PREFIX,
      `${(e as Error).message}\nThe feedback widget stays off until this is fixed.`,
    );
    // Dormant: calls are accepted and ignored, so the host page's own code keeps working.
    const dormant: CommandFn = () => undefined;
    dormant.loaded = true;
    win.waypoint = dormant;
    return;
  }
  const report = (message: string) => console.error(PREFIX, message);
  const command: CommandFn = (...args) => {
    try {
      return runCommand(wp, args, report);
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
