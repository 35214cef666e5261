/**
 * The script-tag entry (dist/waypoint.js) and the only module that touches `window.waypoint`.
 * It reads the tag, replays calls queued by the loader stub, and installs the real command
 * function. A bad config logs one console error and leaves the widget dormant.
 */

import { parseConfig } from './config/parse';
import { runCommand } from './embed/commands';
import { findOwnScript, readTag } from './embed/read-tag';
import { resolveRemoteConfig } from './embed/remote-config';
import { getDocument, getWindow, globalFetch } from './env';
import { openStorage } from './queue/open-storage';
import type { KeyValueStore } from './queue/storage';
import { createWaypoint, type Waypoint } from './waypoint';

type CommandFn = ((...args: unknown[]) => unknown) & { q?: ArrayLike<unknown>[]; loaded?: boolean };
type Host = Window & { waypoint?: CommandFn };

const PREFIX = '[waypoint]';

async function boot(
  win: Host,
  doc: Document,
  script: HTMLScriptElement | null,
  queued: ArrayLike<unknown>[],
) {
  const tag = readTag(script, doc);
  if (tag.inlineError) console.error(PREFIX, tag.inlineError);
  const inline =
    tag.inline && typeof tag.inline === 'object' && !Array.isArray(tag.inline)
      ? (tag.inline as Record<string, unknown>)
      : {};
  let config: Record<string, unknown> = { ...inline, ...tag.overrides };
  let problems: string[] = [];
  if (tag.configUrl) {
    let store: Promise<KeyValueStore> | undefined;
    ({ config, problems } = await resolveRemoteConfig({
      url: new URL(tag.configUrl, win.location.href).href,
      inline,
      overrides: tag.overrides,
      fetch: globalFetch(),
      store: () => {
        store ??= openStorage().then((o) => o.store);
        return store;
      },
      check: (c) => {
        const parsed = parseConfig(c, { base: win.location.href });
        // Nothing goes on the device before consent when consent is required (DESIGN §6).
        return { mayStore: !parsed.privacy.requireConsent };
      },
    }));
    for (const p of problems) console.error(PREFIX, p);
  }

  let wp: Waypoint;
  try {
    wp = createWaypoint(config as Parameters<typeof createWaypoint>[0], {
      stage: tag.stage,
      startupErrors: problems.map((message) => ({ code: 'config' as const, message })),
    });
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
