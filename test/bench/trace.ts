// A Chromium trace of one page load, and what the bench reads from it: the widget's own
// main-thread script time, the longest task, and which widget scripts were evaluated.
//
// Method (own script): on the page's renderer main thread(s), take every complete ('X') event
// that runs or compiles JavaScript and names its script — EvaluateScript, v8.compile,
// v8.compileModule, v8.evaluateModule, FunctionCall (which is also what TimerFire,
// FireAnimationFrame, EventDispatch and IndexedDB/fetch callbacks run as) — keep those whose
// script URL is widget code, merge overlapping intervals (they nest), and sum them. Microtasks
// run from such a callback nest inside it and are counted; a promise continuation started
// straight from a browser task with no JS frame above it (rare) is not: the "main thread over
// blank" figure still catches that work.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    fileName?: string;
    data?: { url?: string; fileName?: string; scriptName?: string; frame?: string };
    beginData?: { url?: string };
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'loading',
];

/** Script-running events that carry the URL of the script they run. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'v8.produceModuleCache',
  'v8.produceCache',
]);

/** Starts tracing; the returned function stops it and resolves with every event. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return async () => {
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

export interface TraceFigures {
  /** The widget's own main-thread script time (ms), as described at the top of this file. */
  ownScriptMs: number;
  /** The longest main-thread task (ms), whoever ran it (page start-up included). */
  longestTaskMs: number;
  /** The longest main-thread task in which widget script ran (ms): the widget's long task. */
  longestWidgetTaskMs: number;
  /** Tasks over 50 ms (the Long Tasks API's threshold) in which widget script ran. */
  widgetLongTasks: number;
  /** Widget script URLs that ran or compiled on the main thread. */
  evaluated: string[];
}

const urlOf = (e: TraceEvent): string | undefined =>
  e.args?.data?.url || e.args?.data?.fileName || e.args?.fileName || e.args?.data?.scriptName;

/**
 * Reads the figures for one load of a page from `origin`. `isWidget` says which script URLs
 * are widget code.
 */
export function analyseTrace(
  events: TraceEvent[],
  origin: string,
  isWidget: (url: string) => boolean,
): TraceFigures {
  const mainThreads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      mainThreads.add(`${e.pid}:${e.tid}`);
  }
  // Only the renderer(s) that ran our page: the first about:blank may live in another one.
  const ours = new Set<string>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(thread)) continue;
    const url = urlOf(e) ?? e.args?.beginData?.url;
    if (url?.startsWith(origin)) ours.add(thread);
  }
  const onMain = events.filter((e) => ours.has(`${e.pid}:${e.tid}`) && e.ph === 'X');

  const widget = onMain.filter((e) => {
    const url = urlOf(e);
    return SCRIPT_EVENTS.has(e.name) && url !== undefined && isWidget(url);
  });
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  // A task is the widget's when a widget script event starts inside it on the same thread.
  const widgetTasks = tasks.filter((t) =>
    widget.some(
      (w) => w.pid === t.pid && w.tid === t.tid && w.ts >= t.ts && w.ts < t.ts + (t.dur ?? 0),
    ),
  );
  return {
    ownScriptMs: unionMs(widget),
    longestTaskMs: Math.max(0, ...tasks.map(ms)),
    longestWidgetTaskMs: Math.max(0, ...widgetTasks.map(ms)),
    widgetLongTasks: widgetTasks.filter((t) => ms(t) > 50).length,
    evaluated: [...new Set(widget.map((e) => urlOf(e) as string))],
  };
}

/** Total length of the union of the events' intervals, in ms (nested events count once). */
function unionMs(events: TraceEvent[]): number {
  const spans = events.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total / 1000;
}
