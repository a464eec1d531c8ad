import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/** One process's record written by rss-probe at its exit. */
export interface ProcessPeak {
  readonly pid: number;
  readonly argv: readonly string[];
  readonly maxRssKb: number;
}

/**
 * Peak memory of the child processes a row starts, as each reports it at exit (getrusage's
 * maxRSS, through the preloaded rss-probe). Set it up before spawning: the env it returns goes to
 * the children (or, for code that spawns with `process.env`, into `process.env`).
 */
export class ChildRss {
  constructor(private readonly directory: string) {
    mkdirSync(directory, { recursive: true });
  }

  /** NODE_OPTIONS and the directory to write to, on top of an environment. */
  env(probe: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
    const options = [base.NODE_OPTIONS, `--require ${probe}`].filter(Boolean).join(" ");
    return { ...base, NODE_OPTIONS: options, AIGOV_BENCH_RSS_DIR: this.directory };
  }

  /** Every record since the last `take`, which are then cleared. */
  take(): ProcessPeak[] {
    const peaks = readdirSync(this.directory).map(
      (file) => JSON.parse(readFileSync(join(this.directory, file), "utf8")) as ProcessPeak,
    );
    rmSync(this.directory, { recursive: true, force: true });
    mkdirSync(this.directory, { recursive: true });
    return peaks;
  }
}

/** The largest single process and the sum over a run's processes, in MB. */
export function peakMb(peaks: readonly ProcessPeak[]): { max: number; sum: number } {
  const mb = peaks.map((p) => p.maxRssKb / 1024);
  return { max: Math.max(0, ...mb), sum: mb.reduce((a, b) => a + b, 0) };
}
