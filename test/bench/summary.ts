// The measured runs, summarised per view and scenario: medians and ranges; "over blank"
// subtracts the blank page's run of the same view and round.
import type { AnswerFigures } from './answer.ts';
import type { LoadFigures } from './measure-load.ts';
import type { FlushFigures, LatencyFigures } from './queue-scale.ts';
import { SCENARIOS, type ScenarioId, type View } from './scenarios.ts';
import type { SizeRow } from './sizes.ts';
import { overBaseline, type Spread, spread } from './stats.ts';
import type { ThroughputRow } from './throughput.ts';
import type { Phases } from './trace-phases.ts';
import type { ViteEntryFigures } from './vite-entry.ts';

export type Loads = Record<ScenarioId, LoadFigures[]>;

export interface Measured {
  sizes: SizeRow[];
  throughput: ThroughputRow[];
  loads: Record<View, Loads>;
  answers: AnswerFigures[];
  vite: ViteEntryFigures;
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
  /** The median of each phase over the runs (a script missing from a run counts 0 there). */
  phases: Phases;
}

/** The runs' values of one figure, leaving out runs that do not have it. */
export const pick = (runs: LoadFigures[], f: (r: LoadFigures) => number | undefined) =>
  runs.map(f).filter((v): v is number => v !== undefined);

/** Every scenario's figures, on one view, as medians and ranges (none for one not measured). */
export function summarise(loads: Loads): Record<ScenarioId, ScenarioSummary> {
  const blank = loads.blank;
  const blankTask = blank.map((r) => r.mainThreadMs);
  const blankHeap = blank.map((r) => r.heapBytes);
  const out = {} as Record<ScenarioId, ScenarioSummary>;
  for (const s of SCENARIOS) {
    const runs = loads[s.id];
    if (!runs.length) continue;
    out[s.id] = {
      label: s.label,
      mainThreadOverBlankMs: overBaseline(
        pick(runs, (r) => r.mainThreadMs),
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
      phases: medianPhases(runs.map((r) => r.phases)),
    };
  }
  return out;
}

function medianPhases(runs: Phases[]): Phases {
  const med = (f: (p: Phases) => number) => spread(runs.map(f)).median;
  const scripts = [...new Set(runs.flatMap((p) => Object.keys(p.evaluateMs)))];
  return {
    tasks: med((p) => p.tasks),
    evaluateMs: Object.fromEntries(scripts.map((s) => [s, med((p) => p.evaluateMs[s] ?? 0)])),
    indexedDbMs: med((p) => p.indexedDbMs),
    networkMs: med((p) => p.networkMs),
    styleLayoutMs: med((p) => p.styleLayoutMs),
    animationFrameMs: med((p) => p.animationFrameMs),
    idleCallbackMs: med((p) => p.idleCallbackMs),
    microtasksMs: med((p) => p.microtasksMs),
    unattributedMs: med((p) => p.unattributedMs),
  };
}
