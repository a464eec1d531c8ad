/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * Runs several measurements in turn (A B C A B C ...), `repetitions` times each, after one
 * untimed warm-up of each (unless `warmUp` is false), so a burst of load from other processes
 * lands on all of them alike; every other round goes in reverse order, so none always follows
 * another's garbage. Each function returns the time it measured, in milliseconds; the result has
 * one list per function.
 */
export async function roundRobin(
  repetitions: number,
  measurements: readonly (() => Promise<number>)[],
  warmUp = true,
): Promise<number[][]> {
  if (warmUp) for (const measure of measurements) await measure();
  const samples = measurements.map(() => [] as number[]);
  for (let round = 0; round < repetitions; round++) {
    const order = measurements.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) samples[i]?.push(await (measurements[i] as () => Promise<number>)());
  }
  return samples;
}

/** Ours and the baseline's samples, taken alternately. */
export interface PairedSamples {
  readonly ours: number[];
  readonly baseline: number[];
}

/** `roundRobin` of two: ours and the baseline, A B A B ... */
export async function interleave(
  repetitions: number,
  ours: () => Promise<number>,
  baseline: () => Promise<number>,
  warmUp = true,
): Promise<PairedSamples> {
  const [oursSamples = [], baselineSamples = []] = await roundRobin(
    repetitions,
    [ours, baseline],
    warmUp,
  );
  return { ours: oursSamples, baseline: baselineSamples };
}

/** The spread of per-round ratios: their median, and the lowest and highest. */
export interface RatioSpread {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Ours over the baseline round by round (samples taken back to back in the same round), then the
 * median of those ratios: a burst of load that slows one round slows both of its sides, so it
 * moves this less than it moves a ratio of the two sides' separate medians.
 */
export function pairedRatio(ours: readonly number[], baseline: readonly number[]): RatioSpread {
  const ratios = ours.flatMap((value, i) => {
    const base = baseline[i];
    return base === undefined || base === 0 ? [] : [value / base];
  });
  return { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
}
