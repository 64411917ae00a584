/**
 * The arithmetic of the limits benchmark (scripts/bench/limits.ts): which sizes to measure, and at what size a
 * time passes a threshold. Pure, so that it is tested without a browser.
 */

/** Feature counts measured by default, smallest first. */
export const defaultLimitSizes = [5_000, 10_000, 25_000, 50_000, 100_000, 200_000, 400_000] as const;

/** "5k,10k,25000,1.5m" → [5000, 10000, 25000, 1500000], sorted and without repeats. */
export function parseSizes(text: string): number[] {
  const sizes = text
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part.length > 0)
    .map((part) => {
      const match = /^(\d+(?:\.\d+)?)([km]?)$/.exec(part.replaceAll("_", ""));
      if (!match) throw new Error(`Not a feature count: "${part}" (write 5000, 5k or 1.5m)`);
      const factor = match[2] === "k" ? 1_000 : match[2] === "m" ? 1_000_000 : 1;
      const count = Math.round(Number(match[1]) * factor);
      if (count < 1) throw new Error(`Not a feature count: "${part}" (at least 1)`);
      return count;
    });
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/**
 * The largest multiple of `step` features whose file should stay at or under `limitBytes`, from a file of
 * `features` features that took `bytes`: the bytes per feature of that file, scaled. An estimate (feature ids
 * grow by a digit now and then), so the caller checks the file it writes and steps down if it is still over.
 */
export function featuresUnderLimit(
  features: number,
  bytes: number,
  limitBytes: number,
  step = 1_000,
): number {
  if (features <= 0 || bytes <= 0) throw new Error("A file with no features or no bytes says nothing");
  const estimate = Math.floor((features * limitBytes) / bytes);
  return Math.max(0, Math.floor(estimate / step) * step);
}

export type SizePoint = { features: number; bytes: number; ms: number };

export type Crossing =
  /** Interpolated between the last size under the threshold and the first at or over it. */
  | { kind: "between"; features: number; bytes: number; below: SizePoint; above: SizePoint }
  /** Already at or over the threshold at the smallest size measured. */
  | { kind: "below-smallest"; smallest: SizePoint }
  /** Never reached within the sizes measured. */
  | { kind: "beyond-largest"; largest: SizePoint };

/**
 * Where the time first passes `thresholdMs`, by linear interpolation between the two measured sizes around it
 * (import time grows about linearly with the feature count). Sizes without a time (NaN) are left out.
 */
export function crossing(points: readonly SizePoint[], thresholdMs: number): Crossing | null {
  const measured = points
    .filter((point) => Number.isFinite(point.ms))
    .sort((a, b) => a.features - b.features);
  const first = measured[0];
  const last = measured.at(-1);
  if (!first || !last) return null;
  if (first.ms >= thresholdMs) return { kind: "below-smallest", smallest: first };
  for (let index = 1; index < measured.length; index++) {
    const below = measured[index - 1] as SizePoint;
    const above = measured[index] as SizePoint;
    if (above.ms < thresholdMs) continue;
    const fraction = (thresholdMs - below.ms) / (above.ms - below.ms);
    return {
      kind: "between",
      features: Math.round(below.features + fraction * (above.features - below.features)),
      bytes: Math.round(below.bytes + fraction * (above.bytes - below.bytes)),
      below,
      above,
    };
  }
  return { kind: "beyond-largest", largest: last };
}
