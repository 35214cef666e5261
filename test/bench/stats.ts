// Medians and ranges: every bench figure is reported as the median of its runs with min–max.

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The median and range of `values` (NaN figures when there are none). */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = n >> 1;
  const median =
    n === 0
      ? Number.NaN
      : n % 2
        ? (sorted[mid] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted[n - 1] ?? Number.NaN, runs: n };
}

/**
 * `spread` of each round's value minus the blank page's value from the same round: pairing by
 * round cancels slow drift in the machine's load (other work on two shared cores).
 */
export function overBaseline(values: readonly number[], baselines: readonly number[]): Spread {
  if (values.length !== baselines.length) throw new Error('one blank run per round is needed');
  return spread(values.map((v, i) => v - (baselines[i] as number)));
}
