// The measured runs, summarised per scenario: medians and ranges; "over blank" subtracts the
// blank page's run from the same round.
import type { AnswerFigures } from './answer.ts';
import type { LoadFigures } from './measure-load.ts';
import type { FlushFigures, LatencyFigures } from './queue-scale.ts';
import { SCENARIOS, type ScenarioId } from './scenarios.ts';
import type { SizeRow } from './sizes.ts';
import { overBaseline, type Spread, spread } from './stats.ts';
import type { ThroughputRow } from './throughput.ts';

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

/** The runs' values of one figure, leaving out runs that do not have it. */
export const pick = (runs: LoadFigures[], f: (r: LoadFigures) => number | undefined) =>
  runs.map(f).filter((v): v is number => v !== undefined);

/** Every scenario's figures as medians and ranges. */
export function summarise(
  loads: Record<ScenarioId, LoadFigures[]>,
): Record<ScenarioId, ScenarioSummary> {
  const blank = loads.blank;
  const blankTask = blank.map((r) => r.mainThreadMs);
  const blankHeap = blank.map((r) => r.heapBytes);
  const out = {} as Record<ScenarioId, ScenarioSummary>;
  for (const s of SCENARIOS) {
    const runs = loads[s.id];
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
    };
  }
  return out;
}
