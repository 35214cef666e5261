// The target rows of issue 11, each with its verdict on the medians of this run.
import { KB, kb, MIB, mib, ms, signedMs } from './format.ts';
import type { LoadFigures } from './measure-load.ts';
import type { ScenarioId } from './scenarios.ts';
import { spread } from './stats.ts';
import { type Measured, pick, type ScenarioSummary } from './summary.ts';

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

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
      target: `queue: ${m.flush.queued.toLocaleString('en')} queued events flushed to the collector`,
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
