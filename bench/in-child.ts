import { join } from "node:path";
import { peakMb } from "./child-rss.js";
import { generateResourceMix } from "./generate/resource-mix.js";
import { benchPolicyConfig } from "./generate/vocabulary.js";
import type { BenchContext, RowResult } from "./row.js";
import { measureFixInProcess } from "./rows/fix-in-process.js";
import type { FixProgram } from "./rows/fix-programs.js";
import { measurePolicyWork } from "./rows/policy-work.js";
import { runNode } from "./spawn-timed.js";

/** An in-process row, to run in a process of its own so that its peak memory is its own. */
export type ChildRequest =
  | { readonly row: "policy" }
  | {
      readonly row: "fix";
      readonly programs: { single: FixProgram; double: FixProgram };
      readonly requiredTags: Parameters<typeof measureFixInProcess>[2];
    };

/** The variable that carries a `ChildRequest` to the child. */
export const childRequestVariable = "AIGOV_BENCH_CHILD";

/**
 * Runs in-process rows in a new `node --expose-gc` process of the benchmark, reading the rows
 * from its last stdout line and its peak memory from the probe every child reports to.
 */
export async function rowsInChild(
  context: BenchContext,
  request: ChildRequest,
): Promise<RowResult[]> {
  context.rss.take();
  const run = await runNode(["--expose-gc", join(context.root, "dist", "bench", "run.js")], {
    ...process.env,
    [childRequestVariable]: JSON.stringify(request),
  });
  const peak = peakMb(context.rss.take()).max;
  if (run.code !== 0) throw new Error(`the ${request.row} row failed: ${run.stderr}`);
  const lines = run.stdout.trim().split("\n");
  const rows = JSON.parse(lines[lines.length - 1] ?? "[]") as RowResult[];
  return rows.map((row) => ({ ...row, peakRssMb: { ours: peak } }));
}

/** In the child: runs the requested rows and writes them as one JSON line. */
export async function runChildRequest(request: ChildRequest, context: BenchContext): Promise<void> {
  const rows =
    request.row === "policy"
      ? [measurePolicyWork(context, generateResourceMix(5000, 42).resources, benchPolicyConfig())]
      : await measureFixInProcess(context, request.programs, request.requiredTags);
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}
