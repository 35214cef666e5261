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

/** `spread` of each run's value minus the blank page's median from the same rounds. */
export function overBaseline(values: readonly number[], baseline: number): Spread {
  return spread(values.map((v) => v - baseline));
}
