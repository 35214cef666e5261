// Where a page load's main-thread time goes, from its trace: a breakdown to learn from, not a
// partition (an IndexedDB reply task includes the widget callbacks it runs, which also count in
// "own script").
import type { TraceEvent } from './trace.ts';

export interface Phases {
  /** Top-level main-thread tasks. */
  tasks: number;
  /** Compile + evaluate per script file (hash stripped); a module graph under its files. */
  evaluateMs: Record<string, number>;
  /** Tasks that deliver an IndexedDB message or reply (their callbacks included). */
  indexedDbMs: number;
  /** Tasks that deliver a network loader message (responses, bodies). */
  networkMs: number;
  /** Style recalculation and layout. */
  styleLayoutMs: number;
  animationFrameMs: number;
  idleCallbackMs: number;
  /** Microtask checkpoints (promise continuations; MutationObserver callbacks). */
  microtasksMs: number;
  /** Task time that no non-scheduler trace event covers. */
  unattributedMs: number;
}

const ms = (us: number) => us / 1000;
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const cats = (e: TraceEvent) => (e.cat ?? '').split(',');
/** Scheduler and IPC wrappers span whole tasks: they explain nothing about the task's work. */
const isWrapper = (e: TraceEvent) => cats(e).every((c) => c === 'toplevel' || c === 'mojom');
const interfaceOf = (e: TraceEvent): string => {
  const info = (e.args as { chrome_mojo_event_info?: Record<string, unknown> } | undefined)
    ?.chrome_mojo_event_info;
  return String(info?.mojo_interface_tag ?? info?.watcher_notify_interface_tag ?? '');
};

/** `http://h/waypoint-validate.BlwLMrEG.js` → `waypoint-validate.js`. */
export const scriptName = (url: string): string => {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {}
  const file = path.slice(path.lastIndexOf('/') + 1) || path;
  return file.replace(/\.[A-Za-z0-9_-]{6,}(?=\.m?js$)/, '');
};

const urlOf = (e: TraceEvent): string | undefined =>
  e.args?.data?.url || e.args?.data?.fileName || e.args?.fileName;

/**
 * The phases of the complete events `events` of one page's main thread(s), sorted by time:
 * evaluation per script, the tasks delivering IndexedDB and network replies, style and layout,
 * frame and idle callbacks, microtask checkpoints, and task time no traced event explains.
 */
export function phases(events: TraceEvent[]): Phases {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const tasks = sorted.filter((e) => e.name === 'RunTask');
  const out: Phases = {
    tasks: tasks.length,
    evaluateMs: {},
    indexedDbMs: 0,
    networkMs: 0,
    styleLayoutMs: 0,
    animationFrameMs: 0,
    idleCallbackMs: 0,
    microtasksMs: 0,
    unattributedMs: 0,
  };
  const add = (name: string, us: number) => {
    out.evaluateMs[name] = (out.evaluateMs[name] ?? 0) + ms(us);
  };
  // Module files compiled since the last graph was evaluated: the next evaluation is theirs.
  let pendingModules: string[] = [];
  for (const e of sorted) {
    const dur = e.dur ?? 0;
    const url = urlOf(e);
    if (e.name === 'EvaluateScript' && url) add(scriptName(url), dur);
    else if (e.name === 'v8.compile' && url) add(scriptName(url), dur);
    else if (e.name === 'v8.compileModule' && url) {
      add(scriptName(url), dur);
      pendingModules.push(scriptName(url));
    } else if (e.name === 'v8.evaluateModule') {
      add(pendingModules.length ? [...new Set(pendingModules)].join(' + ') : '(a module)', dur);
      pendingModules = [];
    } else if (e.name === 'UpdateLayoutTree' || e.name === 'Layout') out.styleLayoutMs += ms(dur);
    else if (e.name === 'FireAnimationFrame') out.animationFrameMs += ms(dur);
    else if (e.name === 'FireIdleCallback') out.idleCallbackMs += ms(dur);
  }
  out.microtasksMs = ms(outermost(sorted.filter((e) => e.name === 'RunMicrotasks')));
  for (const t of tasks) {
    const inside = sorted.filter((e) => e !== t && e.ts >= t.ts && e.ts < end(t));
    const ipc = inside.map(interfaceOf).filter(Boolean);
    if (ipc.some((i) => i.startsWith('blink.mojom.IDB'))) out.indexedDbMs += ms(t.dur ?? 0);
    else if (ipc.some((i) => i.startsWith('network.mojom.URLLoader')))
      out.networkMs += ms(t.dur ?? 0);
    const covered = outermost(inside.filter((e) => e.ph === 'X' && !isWrapper(e)));
    out.unattributedMs += ms(Math.max(0, (t.dur ?? 0) - covered));
  }
  return out;
}

/** Total time of the union of `events` (nested ones count once), in µs. */
function outermost(events: TraceEvent[]): number {
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (end(e) <= reach) continue;
    total += end(e) - Math.max(e.ts, reach);
    reach = end(e);
  }
  return total;
}
