// Turns the measured runs into the printed tables, the verdict rows and the JSON document.
import type { AnswerFigures } from './answer.ts';
import type { LoadFigures } from './measure-load.ts';
import type { FlushFigures, LatencyFigures } from './queue-scale.ts';
import type { ScenarioId } from './scenarios.ts';
import { SCENARIOS } from './scenarios.ts';
import type { SizeRow } from './sizes.ts';
import { overBaseline, type Spread, spread } from './stats.ts';
import type { ThroughputRow } from './throughput.ts';

const MIB = 1024 * 1024;
/** The KB: 40,190 bytes is its "40.2 KB". */
const KB = 1000;

export interface Measured {
  sizes: SizeRow[];
  throughput: ThroughputRow[];
  loads: Record<ScenarioId, LoadFigures[]>;
  answers: AnswerFigures[];
  flush: FlushFigures;
  latency: LatencyFigures;
}

export interface ScenarioSummary {
  label: string;
  mainThreadOverBlankMs: Spread;
  ownScriptMs: Spread;
  longestWidgetTaskMs: Spread;
  longestTaskMs: Spread;
  heapOverBlankBytes: Spread;
  bytes: Spread;
  files: string[];
  uiFetched: boolean;
  uiEvaluated: boolean;
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

const pick = (runs: LoadFigures[], f: (r: LoadFigures) => number | undefined) =>
  runs.map(f).filter((v): v is number => v !== undefined);

export function summarise(
  loads: Record<ScenarioId, LoadFigures[]>,
): Record<ScenarioId, ScenarioSummary> {
  const blank = loads.blank;
  const blankTask = spread(pick(blank, (r) => r.taskMs)).median;
  const blankHeap = spread(pick(blank, (r) => r.heapBytes)).median;
  const out = {} as Record<ScenarioId, ScenarioSummary>;
  for (const s of SCENARIOS) {
    const runs = loads[s.id];
    out[s.id] = {
      label: s.label,
      mainThreadOverBlankMs: overBaseline(
        pick(runs, (r) => r.taskMs),
        blankTask,
      ),
      ownScriptMs: spread(pick(runs, (r) => r.ownScriptMs)),
      longestWidgetTaskMs: spread(pick(runs, (r) => r.longestWidgetTaskMs)),
      longestTaskMs: spread(pick(runs, (r) => r.longestTaskMs)),
      heapOverBlankBytes: overBaseline(
        pick(runs, (r) => r.heapBytes),
        blankHeap,
      ),
      bytes: spread(pick(runs, (r) => r.bytes)),
      files: [...new Set(runs.flatMap((r) => r.files))],
      uiFetched: runs.some((r) => r.uiFetched),
      uiEvaluated: runs.some((r) =>
        r.evaluated.some((u) => new URL(u).pathname.startsWith('/waypoint-ui')),
      ),
    };
  }
  return out;
}

const ms = (s: Spread) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const signedMs = (s: Spread) =>
  `${s.median >= 0 ? '+' : ''}${s.median.toFixed(0)} ms (${s.min.toFixed(0)}…${s.max.toFixed(0)})`;
const mib = (s: Spread) =>
  `${s.median >= 0 ? '+' : ''}${(s.median / MIB).toFixed(2)} MiB (${(s.min / MIB).toFixed(2)}…${(s.max / MIB).toFixed(2)})`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** How many runs had at least one widget task over 50 ms, e.g. "7/7 runs had one". */
const withLongTask = (runs: LoadFigures[]) =>
  `${runs.filter((r) => r.widgetLongTasks > 0).length}/${runs.length} runs had one`;

/** The target rows of issue 11, each with its verdict on the medians. */
export function verdicts(m: Measured, sum: Record<ScenarioId, ScenarioSummary>): Verdict[] {
  const idle = sum.idle;
  const prompt = sum.prompt;
  const warm = spread(pick(m.loads.prompt, (r) => r.warmLaterMs));
  const sentryHalf = sum.sentry.mainThreadOverBlankMs.median / 2;
  const answer = spread(m.answers.map((a) => a.toAnswerEventMs));
  const readable = spread(m.answers.map((a) => a.toReadableMs));
  const lat = m.latency;
  const uiChunk = m.sizes.some((r) => /(^|\/)waypoint-ui[.-]/.test(r.file));
  return [
    {
      target: 'idle: ≤ 8 KB brotli of widget files fetched',
      measured: kb(idle.bytes.median),
      met: idle.bytes.median <= 8 * KB,
    },
    {
      target: 'idle: ≤ 15 ms of own main-thread script',
      measured: ms(idle.ownScriptMs),
      met: idle.ownScriptMs.median <= 15,
    },
    {
      target: 'idle: no long task (widget task > 50 ms)',
      measured: `longest ${ms(idle.longestWidgetTaskMs)}; ${withLongTask(m.loads.idle)}`,
      met: idle.longestWidgetTaskMs.median <= 50,
    },
    {
      target: 'idle: nothing of the UI fetched or evaluated',
      measured: uiChunk
        ? `${idle.uiFetched || idle.uiEvaluated ? 'waypoint-ui fetched' : 'no waypoint-ui request'}; fetched ${idle.files.join(', ') || 'nothing'}`
        : `no waypoint-ui chunk in dist: the UI is inside ${idle.files.join(', ')}`,
      // With no separate UI chunk, the one file fetched *is* the UI: not met by construction.
      met: uiChunk && !idle.uiFetched && !idle.uiEvaluated,
    },
    {
      target: 'prompt: ≤ 20 KB brotli in all',
      measured: kb(prompt.bytes.median),
      met: prompt.bytes.median <= 20 * KB,
    },
    {
      target: 'prompt: trigger → visible ≤ 100 ms (warm cache)',
      measured: ms(warm),
      met: warm.median <= 100,
    },
    {
      target: 'prompt: no long task > 50 ms',
      measured: `longest ${ms(prompt.longestWidgetTaskMs)}; ${withLongTask(m.loads.prompt)}`,
      met: prompt.longestWidgetTaskMs.median <= 50,
    },
    {
      target: 'prompt: ≤ 0.3 MiB heap over blank',
      measured: mib(prompt.heapOverBlankBytes),
      met: prompt.heapOverBlankBytes.median <= 0.3 * MIB,
    },
    {
      target: "prompt: main thread over blank ≤ ½ Sentry's",
      measured: `${signedMs(prompt.mainThreadOverBlankMs)} vs ½ × ${sum.sentry.mainThreadOverBlankMs.median.toFixed(0)} ms`,
      met: prompt.mainThreadOverBlankMs.median <= sentryHalf,
    },
    {
      target: 'answer: click → durable in IndexedDB ≤ 30 ms',
      measured: `${ms(answer)} (read back: ${ms(readable)})`,
      met: answer.median <= 30,
    },
    {
      target: 'queue: 10,000 queued events flushed to the collector',
      measured: `${m.flush.delivered.toLocaleString('en')} in ${m.flush.seconds.toFixed(1)} s, ${m.flush.eventsPerSecond.toFixed(0)} events/s, ${m.flush.requests} requests, peak heap ${(m.flush.peakHeapBytes / MIB).toFixed(1)} MiB${m.flush.capped ? ' (capped)' : ''}`,
      met: !m.flush.capped && m.flush.delivered === m.flush.queued,
    },
    {
      target: 'queue: input latency while 1,000 flush unchanged within noise',
      measured: `click → paint ${ms(lat.flushing)} while flushing (${lat.flushing.runs} clicks) vs ${ms(lat.idle)} idle (${lat.idle.runs})`,
      // Noise: one frame at 60 Hz. Fewer than 3 clicks during the flush says nothing.
      met: lat.flushing.runs >= 3 && lat.flushing.median - lat.idle.median <= 1000 / 60,
    },
  ];
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** The printed report: sizes, the scenario table, the prompt timings, then the verdicts. */
export function render(
  m: Measured,
  sum: Record<ScenarioId, ScenarioSummary>,
  v: Verdict[],
): string {
  const sizes = table(
    ['file', 'raw', 'gzip', 'brotli', 'budget'],
    m.sizes.map((r) => [
      r.file,
      String(r.raw),
      String(r.gzip),
      String(r.brotli),
      r.budget === undefined ? '—' : `${r.budget}${r.brotli > r.budget ? ' OVER' : ''}`,
    ]),
  );
  const scenarios = table(
    [
      'scenario',
      'main thread over blank',
      "widget's own script",
      'longest task',
      'heap over blank',
      'bytes (brotli)',
    ],
    SCENARIOS.filter((s) => s.id !== 'blank').map((s) => {
      const x = sum[s.id];
      return [
        x.label,
        signedMs(x.mainThreadOverBlankMs),
        ms(x.ownScriptMs),
        ms(x.longestWidgetTaskMs),
        mib(x.heapOverBlankBytes),
        kb(x.bytes.median),
      ];
    }),
  );
  const blank = sum.blank;
  const p = m.loads.prompt;
  const prompt = table(
    ['prompt: ask → visible', 'median (min–max)'],
    [
      [
        'cold, asked at load (stub call → card painted)',
        ms(spread(pick(p, (r) => r.coldAskToVisibleMs))),
      ],
      ['warm cache, asked at load', ms(spread(pick(p, (r) => r.warmAtLoadMs)))],
      ['warm cache, asked once the core is ready', ms(spread(pick(p, (r) => r.warmLaterMs)))],
    ],
  );
  const verdictTable = table(
    ['target', 'measured (median, min–max)', 'verdict'],
    v.map((r) => [r.target, r.measured, r.met ? 'met' : 'NOT MET']),
  );
  return [
    '== sizes (bytes; budgets are brotli)',
    sizes,
    '',
    '== node throughput (no browser)',
    table(
      ['function', 'figure'],
      m.throughput.map((r) => [r.name, r.figure]),
    ),
    '',
    `== page loads (blank page: longest task ${ms(blank.longestTaskMs)}, the page's own start-up)`,
    scenarios,
    '',
    ...SCENARIOS.filter((s) => s.id !== 'blank').map(
      (s) => `   ${s.id}: ${sum[s.id].files.join(', ')}`,
    ),
    '',
    prompt,
    '',
    '== targets (issue 11)',
    verdictTable,
  ].join('\n');
}
