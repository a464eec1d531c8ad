import type { ChildRss } from "./child-rss.js";

/** What every row is given: where to write, how often to repeat, how to read child memory. */
export interface BenchContext {
  /** The project checkout (package.json, bin/, dist/, policypack/, node_modules/). */
  readonly root: string;
  /** A scratch directory for this run, removed at the end. */
  readonly temp: string;
  /** Timed repetitions of each side of a row, after one warm-up each. */
  readonly repetitions: number;
  /** Repetitions of the slowest row (`aigov check`), which runs a whole program each time. */
  readonly checkRepetitions: number;
  /**
   * Repetitions of the `Analyze` row, whose margin (10%) is smaller than this machine's noise
   * from one run to the next: more rounds, each a pair measured back to back.
   */
  readonly analyzeRepetitions: number;
  readonly rss: ChildRss;
  /** Logs progress to stderr (the table and the JSON line go to stdout). */
  readonly log: (message: string) => void;
}

/** One line of the table. `ours` and `baseline` are medians, in `unit`. */
export interface RowResult {
  /** The key of the JSON line this row's ratio goes under. */
  readonly key: string;
  readonly what: string;
  readonly unit: "ms" | "µs";
  readonly ours: number;
  readonly baseline?: number | undefined;
  /** What the baseline is, for the table. */
  readonly baselineWhat?: string | undefined;
  /** ours / baseline, or for a row with no baseline the figure the target is about. */
  readonly ratio: number;
  /** The figure's target; none for a row that only explains another. */
  readonly target?: number | undefined;
  /** Peak resident memory in MB: of the child processes of each side, or of this process. */
  readonly peakRssMb: { readonly ours: number; readonly baseline?: number | undefined };
  readonly note?: string | undefined;
}

/** A row whose figure is ours over a baseline's, both medians of interleaved samples. */
export function ratioRow(
  fields: Omit<RowResult, "ratio" | "ours" | "baseline">,
  ours: number,
  baseline: number,
): RowResult {
  return { ...fields, ours, baseline, ratio: ours / baseline };
}
