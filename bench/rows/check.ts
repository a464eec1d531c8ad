import { join } from "node:path";
import { peakMb } from "../child-rss.js";
import { generateCheckProgram, writeProgram } from "../generate/program.js";
import type { BenchContext, RowResult } from "../row.js";
import { runNode } from "../spawn-timed.js";
import { interleave, median } from "../stats.js";

/**
 * `aigov check --format json` on a generated program of `count` resources (the runner, the pack,
 * the analysis and the report) against a process that runs the same program under
 * @pulumi/pulumi's mocks with no capture and no pack. Peak memory of a check run is the sum of its
 * processes' peaks (the CLI, the program host and the pack run at once).
 */
export async function measureCheck(
  context: BenchContext,
  count: number,
  configFile: string,
): Promise<RowResult> {
  const directory = join(context.temp, "check-program");
  const spec = generateCheckProgram(count, 7);
  writeProgram(directory, spec, join(context.root, "node_modules"));
  const aigov = join(context.root, "bin", "aigov.js");
  const mocks = join(context.root, "dist", "bench", "mocks-run.js");
  const peaks = { ours: 0, baseline: 0 };
  let violations = 0;
  const samples = await interleave(
    context.checkRepetitions,
    async () => {
      context.rss.take();
      const run = await runNode(
        [aigov, "check", directory, "--config", configFile, "--format", "json"],
        process.env,
      );
      peaks.ours = Math.max(peaks.ours, peakMb(context.rss.take()).sum);
      if (run.code !== 0 && run.code !== 1) throw new Error(`aigov check failed: ${run.stderr}`);
      violations = (JSON.parse(run.stdout) as { violations: unknown[] }).violations.length;
      return run.ms;
    },
    async () => {
      context.rss.take();
      const run = await runNode([mocks, directory], process.env);
      peaks.baseline = Math.max(peaks.baseline, peakMb(context.rss.take()).sum);
      if (run.code !== 0) throw new Error(`mocks-run failed: ${run.stderr}`);
      return run.ms;
    },
    // Each run is a new set of processes reading files the rows before have read: a warm-up
    // would only add half a minute.
    false,
  );
  return {
    key: "checkVsMocksRatio",
    what: `aigov check, ${String(spec.resources.length)} resources`,
    baselineWhat: "the program under the mocks, no pack (a process)",
    unit: "ms",
    ours: median(samples.ours),
    baseline: median(samples.baseline),
    ratio: median(samples.ours) / median(samples.baseline),
    target: 1.5,
    peakRssMb: peaks,
    note: `${String(violations)} violations reported`,
  };
}
