/** Small, dependency-free statistics for the benchmark's samples. */

export type Summary = {
  n: number;
  median: number;
  min: number;
  max: number;
  /** Interquartile range bounds (linear interpolation between order statistics). */
  p25: number;
  p75: number;
  p95: number;
};

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

/** NaN samples (a measurement that timed out) are dropped from the figures but counted by the caller. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    p95: quantile(sorted, 0.95),
  };
}

/** Ratio of medians, with the spread of the per-round ratios (each round alternates the two pages). */
export function ratio(numerator: readonly number[], denominator: readonly number[]) {
  const pairs = numerator
    .map((value, index) => value / (denominator[index] ?? Number.NaN))
    .filter((value) => Number.isFinite(value));
  return {
    ofMedians: summarize(numerator).median / summarize(denominator).median,
    perRound: summarize(pairs),
  };
}
