import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as ts from "typescript";
import { fixInputFromFile } from "../../src/fix/input-from-file.js";
import { planFixes } from "../../src/fix/plan-fixes.js";
import { renderDiff } from "../../src/fix/render-diff.js";
import { compileRequiredTags } from "../../src/policies/evaluate-required-tags.js";
import { ratioRow, type BenchContext, type RowResult } from "../row.js";
import { median, roundRobin } from "../stats.js";
import { collectGarbage } from "../thread-cpu.js";
import type { FixProgram } from "./fix-programs.js";

function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.parentPath.includes("node_modules"))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The fixer's own work without process start-up, in this process: read the saved report, locate,
 * plan and render the diff, against reading and parsing the same files; on both programs, in
 * turn. This is the figure that shows how the fixer scales, with no fixed cost to hide behind.
 */
export async function measureFixInProcess(
  context: BenchContext,
  programs: { single: FixProgram; double: FixProgram },
  requiredTags: Parameters<typeof compileRequiredTags>[0],
): Promise<RowResult[]> {
  const tagValues = new Map([["owner", "ml-platform"]]);
  const compiled = compileRequiredTags(requiredTags);
  const fix = (program: FixProgram) => () => {
    collectGarbage();
    const start = performance.now();
    const input = fixInputFromFile(
      program.directory,
      program.report,
      undefined,
      tagValues,
      compiled,
    );
    const plan = planFixes(input);
    const diff = renderDiff(plan.changes);
    const ms = performance.now() - start;
    if (plan.fixed.length !== program.noncompliant || diff === "")
      throw new Error(
        `planned ${String(plan.fixed.length)} of ${String(program.noncompliant)} fixes`,
      );
    return Promise.resolve(ms);
  };
  const parse = (program: FixProgram) => () => {
    collectGarbage();
    const start = performance.now();
    for (const file of typeScriptFiles(program.directory)) {
      ts.createSourceFile(
        file,
        readFileSync(file, "utf8"),
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.TS,
      );
    }
    return Promise.resolve(performance.now() - start);
  };
  const [fix1 = [], parse1 = [], fix2 = [], parse2 = []] = await roundRobin(context.repetitions, [
    fix(programs.single),
    parse(programs.single),
    fix(programs.double),
    parse(programs.double),
  ]);
  const rss = process.resourceUsage().maxRSS / 1024;
  return [
    ratioRow(
      {
        key: "fixVsParseRatioInProcess",
        what:
          "fix work in process (report, locate, plan, diff), " +
          `${String(programs.single.lines)} lines`,
        baselineWhat: "read + ts.createSourceFile, same files, in process",
        unit: "ms",
        target: 3,
        peakRssMb: { ours: rss },
      },
      median(fix1),
      median(parse1),
    ),
    ratioRow(
      {
        key: "fixScalingInProcess",
        what: `fix work in process, ${String(programs.double.lines)} lines`,
        baselineWhat: "the same on the program half its size",
        unit: "ms",
        target: 2.2,
        peakRssMb: { ours: rss },
        note: `parsing alone scales ${(median(parse2) / median(parse1)).toFixed(2)}x`,
      },
      median(fix2),
      median(fix1),
    ),
  ];
}
