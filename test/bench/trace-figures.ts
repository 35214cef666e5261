// What the bench reads from a page-load trace: the widget's own main-thread script time, the
// longest task (overall, and among tasks that ran widget script), and which widget scripts ran.
import type { TraceEvent } from './trace.ts';
import { type Phases, phases } from './trace-phases.ts';

export interface TraceFigures {
  /** The widget's own main-thread script time (ms), as `analyseTrace` describes. */
  ownScriptMs: number;
  /** The longest main-thread task (ms), whoever ran it (page start-up included). */
  longestTaskMs: number;
  /** The longest main-thread task in which widget script ran (ms): the widget's long task. */
  longestWidgetTaskMs: number;
  /** Tasks over 50 ms (the Long Tasks API's threshold) in which widget script ran. */
  widgetLongTasks: number;
  /**
   * The page's main-thread task time (ms): every top-level task (script, style, layout, paint,
   * parsing, GC) from the navigation to the end of the trace.
   */
  mainThreadMs: number;
  /** Widget script URLs that ran or compiled on the main thread. */
  evaluated: string[];
  /** Where the page's main-thread time went (trace-phases.ts). */
  phases: Phases;
}

/** Script-running complete events that carry the URL of the script they run. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'v8.produceModuleCache',
  'v8.produceCache',
]);
const LOAF_SCRIPT = 'AnimationFrame::Script::Execute';
const NAVIGATION_COMMIT = 'DocumentLoader::CommitNavigation';

interface Span {
  thread: string;
  start: number;
  end: number;
  url: string;
}

const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
const urlOf = (e: TraceEvent): string | undefined =>
  e.args?.data?.url || e.args?.data?.fileName || e.args?.fileName || e.args?.data?.scriptName;

/**
 * The renderer main threads that parsed a page of `origin` while tracing: the measured page.
 * Not the fresh profile's about:blank, and not the warm-up page's renderer, which Chromium may
 * keep alive beside a new process for the navigation (its unload work is that page's cost).
 */
function pageThreads(events: TraceEvent[], origin: string): Set<string> {
  const main = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      main.add(threadOf(e));
  }
  const ours = new Set<string>();
  for (const e of events) {
    if (
      e.name === 'ParseHTML' &&
      main.has(threadOf(e)) &&
      e.args?.beginData?.url?.startsWith(origin)
    )
      ours.add(threadOf(e));
  }
  return ours;
}

/** LoAF script entries as spans: begin/end pairs matched by thread and id. */
function loafSpans(events: TraceEvent[], threads: Set<string>): Span[] {
  const open = new Map<string, TraceEvent[]>();
  const spans: Span[] = [];
  for (const e of events) {
    if (e.name !== LOAF_SCRIPT || !threads.has(threadOf(e))) continue;
    const key = `${threadOf(e)}:${e.id2?.local ?? e.id2?.global ?? e.id}`;
    const stack = open.get(key) ?? [];
    open.set(key, stack);
    if (e.ph === 'b') stack.push(e);
    else if (e.ph === 'e') {
      const begin = stack.pop();
      const url = begin?.args?.animation_frame_script_timing_info?.source_location_url;
      if (begin && url) spans.push({ thread: threadOf(e), start: begin.ts, end: e.ts, url });
    }
  }
  return spans;
}

/**
 * Reads the figures of one load of a page from `origin`; `isWidget` tells widget script URLs.
 *
 * Method (own script), on the renderer main thread(s) that ran the page:
 * 1. complete events that run or compile JavaScript and name their script — EvaluateScript,
 *    v8.compile, v8.compileModule, FunctionCall (what timers, rAF, DOM events and IndexedDB or
 *    fetch callbacks run as) — whose script URL is widget code;
 * 2. the Long Animation Frame script entries (`AnimationFrame::Script::Execute` begin/end,
 *    with `source_location_url`): they also cover module evaluation and promise resolvers,
 *    which carry no URL of their own;
 * 3. `v8.evaluateModule` (no URL): the fixture pages have no modules of their own, so every
 *    module evaluated there is the widget's lazy chunk (module compile is `v8.compileModule`,
 *    counted in 1; most of it is streamed off the main thread);
 * 4. `RunMicrotasks` (no URL): promise continuations started straight from a browser task (an
 *    IndexedDB reply, a resolved `import()`, a fetch) carry no script URL; the fixture pages'
 *    only other script is the bench's probe (MutationObserver callbacks of a few µs).
 * The intervals nest and overlap, so their union is summed. "Main thread over blank" remains
 * the honest total: it counts every task, whoever ran it.
 */
export function analyseTrace(
  events: TraceEvent[],
  origin: string,
  isWidget: (url: string) => boolean,
): TraceFigures {
  const threads = pageThreads(events, origin);
  const complete = events.filter((e) => e.ph === 'X' && threads.has(threadOf(e)));
  const spans: Span[] = [];
  for (const e of complete) {
    const url =
      e.name === 'v8.evaluateModule' || e.name === 'RunMicrotasks' ? '(module)' : urlOf(e);
    if (url === undefined || !(SCRIPT_EVENTS.has(e.name) || url === '(module)')) continue;
    spans.push({ thread: threadOf(e), start: e.ts, end: e.ts + (e.dur ?? 0), url });
  }
  spans.push(...loafSpans(events, threads));
  const widget = spans.filter((s) => s.url === '(module)' || isWidget(s.url));

  const tasks = complete.filter((e) => e.name === 'RunTask');
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  const within = (t: TraceEvent) => (e: { thread: string; start: number }) =>
    e.thread === threadOf(t) && e.start >= t.ts && e.start < t.ts + (t.dur ?? 0);
  const commits = complete
    .filter((e) => e.name === NAVIGATION_COMMIT)
    .map((e) => ({ thread: threadOf(e), start: e.ts }));
  // A task is the widget's when a widget span starts inside it on the same thread. Its length
  // is the task's, except in the task that commits the navigation: when the renderer is reused,
  // the last page's `pagehide` listeners run there, and the rest is the browser's navigation,
  // so that task counts only the widget's own script inside it.
  const widgetTaskMs = tasks.flatMap((t) => {
    const mine = widget.filter(within(t));
    if (!mine.length) return [];
    return commits.some(within(t)) ? [unionMs(mine)] : [ms(t)];
  });
  return {
    ownScriptMs: unionMs(widget),
    longestTaskMs: Math.max(0, ...tasks.map(ms)),
    longestWidgetTaskMs: Math.max(0, ...widgetTaskMs),
    widgetLongTasks: widgetTaskMs.filter((n) => n > 50).length,
    mainThreadMs: tasks.reduce((n, t) => n + ms(t), 0),
    evaluated: [...new Set(widget.map((s) => s.url).filter((u) => u !== '(module)'))],
    phases: phases(complete),
  };
}

/** Total length of the union of the spans, in ms (nested spans count once; threads apart). */
function unionMs(spans: Span[]): number {
  let total = 0;
  const byThread = new Map<string, Span[]>();
  for (const s of spans) byThread.set(s.thread, [...(byThread.get(s.thread) ?? []), s]);
  for (const list of byThread.values()) {
    list.sort((a, b) => a.start - b.start);
    let end = Number.NEGATIVE_INFINITY;
    for (const s of list) {
      if (s.end <= end) continue;
      total += s.end - Math.max(s.start, end);
      end = s.end;
    }
  }
  return total / 1000;
}
