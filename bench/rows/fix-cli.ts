import { join } from "node:path";
import { peakMb } from "../child-rss.js";
import { ratioRow, type BenchContext, type RowResult } from "../row.js";
import { runNode } from "../spawn-timed.js";
import { median, roundRobin } from "../stats.js";
import type { FixProgram } from "./fix-programs.js";

/**
 * `aigov fix --from <report>` as a user runs it (a new process: load, read the report, locate,
 * plan, diff on stdout) against a process that only parses the same files with
 * `ts.createSourceFile`; on the program and on one twice its size, all four in turn. Each run is
 * checked to have planned an edit for every noncompliant resource.
 */
export async function measureFixCli(
  context: BenchContext,
  programs: { single: FixProgram; double: FixProgram },
  configFile: string,
): Promise<RowResult[]> {
  const aigov = join(context.root, "bin", "aigov.js");
  const parse = join(context.root, "dist", "bench", "parse-files.js");
  const env = process.env;
  const peaks = new Map<string, number>();
  const keep = (label: string) => {
    const mb = peakMb(context.rss.take()).sum;
    peaks.set(label, Math.max(peaks.get(label) ?? 0, mb));
  };
  const fix = (program: FixProgram, label: string) => async () => {
    context.rss.take();
    const run = await runNode(
      [
        aigov,
        "fix",
        program.directory,
        "--from",
        program.report,
        "--tag",
        "owner=ml-platform",
        "--config",
        configFile,
      ],
      env,
    );
    keep(label);
    const fixed = run.stderr.split("\n").filter((l) => l.startsWith("fixed: ")).length;
    if (run.code !== 0 || fixed !== program.noncompliant)
      throw new Error(
        `aigov fix planned ${String(fixed)} of ${String(program.noncompliant)} fixes ` +
          `(exit ${String(run.code)}): ${run.stderr.slice(0, 2000)}`,
      );
    return run.ms;
  };
  const parseOnly = (program: FixProgram, label: string) => async () => {
    context.rss.take();
    const run = await runNode([parse, program.directory], env);
    keep(label);
    if (run.code !== 0) throw new Error(`parse-files failed: ${run.stderr}`);
    return run.ms;
  };
  const [fix1 = [], parse1 = [], fix2 = [], parse2 = []] = await roundRobin(context.repetitions, [
    fix(programs.single, "fix1"),
    parseOnly(programs.single, "parse1"),
    fix(programs.double, "fix2"),
    parseOnly(programs.double, "parse2"),
  ]);
  const describe = (p: FixProgram) =>
    `${String(p.lines)} lines, ${String(p.noncompliant)} noncompliant`;
  return [
    ratioRow(
      {
        key: "fixVsParseRatio",
        what: `aigov fix --from, ${describe(programs.single)} (CLI)`,
        baselineWhat: "ts.createSourceFile on the same files (a process)",
        unit: "ms",
        target: 3,
        peakRssMb: { ours: peaks.get("fix1") ?? 0, baseline: peaks.get("parse1") ?? 0 },
      },
      median(fix1),
      median(parse1),
    ),
    ratioRow(
      {
        key: "fixScaling",
        what: `aigov fix --from, ${describe(programs.double)} (CLI)`,
        baselineWhat: "aigov fix --from on the program half its size",
        unit: "ms",
        target: 2.2,
        peakRssMb: { ours: peaks.get("fix2") ?? 0, baseline: peaks.get("fix1") ?? 0 },
        note: [
          `parsing alone: ${median(parse2).toFixed(0)} ms`,
          `${(median(parse2) / median(parse1)).toFixed(2)}x the smaller program's`,
          `fix ${(median(fix2) / median(parse2)).toFixed(2)}x parse`,
        ].join(", "),
      },
      median(fix2),
      median(fix1),
    ),
  ];
}
