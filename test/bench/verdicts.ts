// The targets of DESIGN §9 (and the queue's), each with its figure, the same figure of the floor
// card, Sentry and PostHog from the same run, and a verdict on the medians, for the first view
// and the repeat view.
import { KB, kb, MIB, mib, ms, signedMs } from './format.ts';
import type { LoadFigures } from './measure-load.ts';
import type { ScenarioId, View } from './scenarios.ts';
import { type Spread, spread } from './stats.ts';
import { type Measured, pick, type ScenarioSummary } from './summary.ts';

export interface Verdict {
  target: string;
  view: View | 'both' | '—';
  measured: string;
  /** The same figure for the peers, where it has a meaning for them. */
  floor: string;
  sentry: string;
  posthog: string;
  met: boolean;
}

export type Summaries = Record<View, Record<ScenarioId, ScenarioSummary>>;

/** Waypoint's idle and prompt targets must hold on both views. */
const NOTHING_DUE_KB = 8;
const PROMPT_KB = 20;
const OWN_SCRIPT_MS = 15;
const LONG_TASK_MS = 50;
const PROMPT_HEAP_MIB = 0.3;
const VISIBLE_MS = 100;
const ANSWER_MS = 30;
const VITE_EAGER_KB = 12;

/** How many runs had at least one widget task over 50 ms, e.g. "7/7 runs had one". */
const withLongTask = (runs: LoadFigures[]) =>
  `${runs.filter((r) => r.widgetLongTasks > 0).length}/${runs.length} runs had one`;

const PEERS = ['floor', 'sentry', 'posthog'] as const;

/** One figure for the three peers: `show` of each peer's summary. */
function peers(sum: Record<ScenarioId, ScenarioSummary>, show: (s: ScenarioSummary) => string) {
  return Object.fromEntries(PEERS.map((p) => [p, show(sum[p])])) as Record<
    (typeof PEERS)[number],
    string
  >;
}

const none = { floor: '', sentry: '', posthog: '' };
const over = (s: Spread) => signedMs(s);

function viewRows(m: Measured, sum: Record<ScenarioId, ScenarioSummary>, view: View): Verdict[] {
  const idle = sum.idle;
  const prompt = sum.prompt;
  const floorMain = sum.floor.mainThreadOverBlankMs.median;
  const sentryMain = sum.sentry.mainThreadOverBlankMs.median;
  const runs = m.loads[view];
  const bytes = (s: ScenarioSummary) => kb(s.bytes.median);
  const main = (s: ScenarioSummary) => over(s.mainThreadOverBlankMs);
  const longest = (s: ScenarioSummary) => ms(s.longestWidgetTaskMs);
  /** The targets of every page view with nothing due, for `s` (named by `what`). */
  const nothingDue = (what: string, s: ScenarioSummary, sRuns: LoadFigures[]): Verdict[] => [
    {
      target: `${what}: ≤ ${NOTHING_DUE_KB} KB brotli fetched`,
      view,
      measured: bytes(s),
      ...peers(sum, bytes),
      met: s.bytes.median <= NOTHING_DUE_KB * KB,
    },
    {
      target: `${what}: no long task (a widget task > 50 ms)`,
      view,
      measured: `longest ${longest(s)}; ${withLongTask(sRuns)}`,
      ...peers(sum, longest),
      met: s.longestWidgetTaskMs.median <= LONG_TASK_MS,
    },
    {
      target: `${what}: main thread over blank ≤ ⅓ of the floor card's`,
      view,
      measured: `${main(s)} vs ⅓ × ${floorMain.toFixed(0)} ms`,
      ...peers(sum, main),
      met: s.mainThreadOverBlankMs.median <= floorMain / 3,
    },
  ];
  const rows: Verdict[] = [
    ...nothingDue('nothing due', idle, runs.idle),
    {
      target: `nothing due: ≤ ${OWN_SCRIPT_MS} ms own script (module compile and evaluate counted)`,
      view,
      measured: ms(idle.ownScriptMs),
      ...peers(sum, (s) => ms(s.ownScriptMs)),
      met: idle.ownScriptMs.median <= OWN_SCRIPT_MS,
    },
    {
      target: 'nothing due: nothing of the card (waypoint-ui) fetched',
      view,
      measured:
        idle.uiFetched || idle.uiEvaluated ? 'waypoint-ui fetched' : 'no waypoint-ui request',
      ...none,
      met: !idle.uiFetched && !idle.uiEvaluated,
    },
    {
      target: `prompt: ≤ ${PROMPT_KB} KB brotli in all`,
      view,
      measured: bytes(prompt),
      ...peers(sum, bytes),
      met: prompt.bytes.median <= PROMPT_KB * KB,
    },
    {
      target: "prompt: main thread over blank ≤ 1.5 × the floor card's and ≤ Sentry's",
      view,
      measured: `${main(prompt)} vs ${(1.5 * floorMain).toFixed(0)} and ${sentryMain.toFixed(0)} ms`,
      ...peers(sum, main),
      met:
        prompt.mainThreadOverBlankMs.median <= 1.5 * floorMain &&
        prompt.mainThreadOverBlankMs.median <= sentryMain,
    },
    {
      target: 'prompt: no long task (a widget task > 50 ms)',
      view,
      measured: `longest ${longest(prompt)}; ${withLongTask(runs.prompt)}`,
      ...peers(sum, longest),
      met: prompt.longestWidgetTaskMs.median <= LONG_TASK_MS,
    },
    {
      target: `prompt: ≤ ${PROMPT_HEAP_MIB} MiB heap over blank`,
      view,
      measured: mib(prompt.heapOverBlankBytes),
      ...peers(sum, (s) => mib(s.heapOverBlankBytes)),
      met: prompt.heapOverBlankBytes.median <= PROMPT_HEAP_MIB * MIB,
    },
  ];
  if (view === 'repeat') {
    const warm = spread(pick(runs.prompt, (r) => r.warmLaterMs));
    rows.push({
      target: `prompt: trigger → visible ≤ ${VISIBLE_MS} ms (warm cache, asked once the core is ready)`,
      view,
      measured: ms(warm),
      ...none,
      met: warm.median <= VISIBLE_MS,
    });
  }
  // A returning visitor's device that holds our data (measured on repeat views only).
  const held: ScenarioSummary | undefined = sum.held;
  if (held) rows.push(...nothingDue('nothing due, a device that holds our data', held, runs.held));
  return rows;
}

/** Every target row with its verdict on the medians. */
export function verdicts(m: Measured, sums: Summaries): Verdict[] {
  const answer = spread(m.answers.map((a) => a.toAnswerEventMs));
  const readable = spread(m.answers.map((a) => a.toReadableMs));
  const lat = m.latency;
  return [
    ...viewRows(m, sums.first, 'first'),
    ...viewRows(m, sums.repeat, 'repeat'),
    {
      target: `answer: click → durable in IndexedDB ≤ ${ANSWER_MS} ms`,
      view: '—',
      measured: `${ms(answer)} (read back: ${ms(readable)})`,
      ...none,
      met: answer.median <= ANSWER_MS,
    },
    {
      target: `npm entry: createWaypoint + render eager in a Vite build ≤ ${VITE_EAGER_KB} KB gzip`,
      view: '—',
      measured: `+${kb(m.vite.eagerCost)} (${kb(m.vite.eagerWithout)} → ${kb(m.vite.eagerWith)}); lazy ${m.vite.lazy.length} chunks, ${kb(m.vite.lazy.reduce((n, c) => n + c.gzip, 0))}`,
      ...none,
      met: m.vite.eagerCost <= VITE_EAGER_KB * KB,
    },
    {
      target: `queue: ${m.flush.queued.toLocaleString('en')} queued events flushed to the collector`,
      view: '—',
      measured: `${m.flush.delivered.toLocaleString('en')} in ${m.flush.seconds.toFixed(1)} s, ${m.flush.eventsPerSecond.toFixed(0)} events/s, ${m.flush.requests} requests, peak heap ${(m.flush.peakHeapBytes / MIB).toFixed(1)} MiB${m.flush.capped ? ' (capped)' : ''}`,
      ...none,
      met: !m.flush.capped && m.flush.delivered === m.flush.queued,
    },
    {
      target: 'queue: input latency while 1,000 flush unchanged within noise',
      view: '—',
      measured: `click → paint ${ms(lat.flushing)} while flushing (${lat.flushing.runs} clicks) vs ${ms(lat.idle)} idle (${lat.idle.runs})`,
      ...none,
      // Noise: one frame at 60 Hz. Fewer than 3 clicks during the flush says nothing.
      met: lat.flushing.runs >= 3 && lat.flushing.median - lat.idle.median <= 1000 / 60,
    },
  ];
}
